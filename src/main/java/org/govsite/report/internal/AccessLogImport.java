package org.govsite.report.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.govsite.report.VisitCounter;
import org.govsite.report.VisitDay;
import org.govsite.report.VisitImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Imports nginx's rotated access logs (SPEC: sites served by nginx) into the daily statistics: page
 * views of the sites listed in {@code govsite.report.access-log.sites}, robots left out, visitors told
 * apart per day by a hash whose salt is drawn for this import and forgotten with it. A file is
 * imported once (known by its SHA-256); the addresses are read and never stored.
 */
@Component
public class AccessLogImport {

	private static final Logger log = LoggerFactory.getLogger(AccessLogImport.class);

	private final AccessLogProperties properties;

	private final SiteCodes sites;

	private final VisitImport visits;

	private final JdbcClient jdbc;

	private final Clock clock;

	AccessLogImport(AccessLogProperties properties, SiteCodes sites, VisitImport visits, JdbcClient jdbc, Clock clock) {
		this.properties = properties;
		this.sites = sites;
		this.visits = visits;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Imports every configured file not imported before; returns how many were imported. */
	public int importNew() {
		int imported = 0;
		for (String file : properties.files()) {
			Path path = Path.of(file);
			if (!Files.isRegularFile(path)) {
				continue;
			}
			try {
				String digest = Digest.of(path);
				boolean known = jdbc.sql("select count(*) from report_log_file where digest = :digest").param("digest", digest)
					.query(Integer.class).single() > 0;
				if (known) {
					continue;
				}
				List<VisitDay> days = read(path);
				visits.add(days);
				jdbc.sql("insert into report_log_file (digest, path, imported_at) values (:digest, :path, :at)")
					.param("digest", digest)
					.param("path", file)
					.param("at", java.time.OffsetDateTime.now(clock))
					.update();
				imported++;
			}
			catch (IOException e) {
				log.warn("The access log {} could not be read: {}", file, e.toString());
			}
		}
		return imported;
	}

	List<VisitDay> read(Path file) throws IOException {
		byte[] salt = new byte[32];
		new SecureRandom().nextBytes(salt);
		Map<VisitBatch.SiteDay, long[]> views = new HashMap<>();
		Map<VisitBatch.SiteDay, Set<ByteBuffer>> visitors = new HashMap<>();
		Map<VisitBatch.SiteDay, Map<String, Long>> pages = new HashMap<>();
		Map<VisitBatch.SiteDay, Map<String, Long>> referrers = new HashMap<>();
		try (InputStream raw = Files.newInputStream(file);
				InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String text;
			while ((text = reader.readLine()) != null) {
				AccessLogLine line = AccessLogLine.parse(text).orElse(null);
				if (line == null || !line.pageView() || !properties.sites().contains(line.siteCode())
						|| BotFilter.isRobot(line.userAgent())) {
					continue;
				}
				Long siteId = sites.siteId(line.siteCode()).orElse(null);
				if (siteId == null) {
					continue;
				}
				LocalDate day = line.time().atZoneSameInstant(clock.getZone()).toLocalDate();
				VisitBatch.SiteDay key = new VisitBatch.SiteDay(day, siteId);
				views.computeIfAbsent(key, k -> new long[1])[0]++;
				visitors.computeIfAbsent(key, k -> new HashSet<>())
					.add(ByteBuffer.wrap(VisitorHash.of(salt, siteId, line.address(), line.userAgent())));
				pages.computeIfAbsent(key, k -> new HashMap<>()).merge(line.pagePath(), 1L, Long::sum);
				String host = VisitCounter.referrerHost(line.referrer());
				if (!host.isEmpty()) {
					referrers.computeIfAbsent(key, k -> new HashMap<>()).merge(host, 1L, Long::sum);
				}
			}
		}
		List<VisitDay> days = new ArrayList<>();
		views.forEach((key, count) -> days.add(new VisitDay(key.siteId(), key.day(), count[0], visitors.get(key).size(),
				pages.get(key), referrers.getOrDefault(key, Map.of()))));
		return days;
	}

	/** A file's SHA-256, to know it again under another name after rotation. */
	static final class Digest {

		static String of(Path file) throws IOException {
			try (InputStream in = Files.newInputStream(file)) {
				java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
				byte[] buffer = new byte[65536];
				int read;
				while ((read = in.read(buffer)) > 0) {
					sha.update(buffer, 0, read);
				}
				return java.util.HexFormat.of().formatHex(sha.digest());
			}
			catch (java.security.NoSuchAlgorithmException e) {
				throw new IllegalStateException(e);
			}
		}
	}
}
