package org.govsite.monitor.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govsite.monitor.InspectionCheck;
import org.govsite.monitor.Problem;
import org.govsite.monitor.ProblemKind;
import org.govsite.publish.ManifestEntry;
import org.govsite.site.SiteSummary;

import org.springframework.stereotype.Component;

/** 防篡改: every published file hashed again and compared with the SHA-256 the manifest recorded when it was written. */
@Component
class TamperCheck implements InspectionCheck {

	private final PublishedFiles files;

	private final Texts texts;

	TamperCheck(PublishedFiles files, Texts texts) {
		this.files = files;
		this.texts = texts;
	}

	@Override
	public String name() {
		return "monitor.tampering";
	}

	/**
	 * A file whose hash differs from the manifest's is read again against the manifest as it is
	 * once every file has been hashed: a publish of the site running meanwhile replaces files and
	 * then records their new hashes, and what it rewrote or took away is not tampering.
	 */
	@Override
	public List<Problem> inspect(SiteSummary site) {
		Path folder = files.folder(site);
		List<String> suspects = new ArrayList<>();
		for (ManifestEntry entry : files.manifest(site.id())) {
			problem(folder, entry).ifPresent(problem -> suspects.add(entry.path()));
		}
		if (suspects.isEmpty()) {
			return List.of();
		}
		Map<String, ManifestEntry> now = new HashMap<>();
		files.manifest(site.id()).forEach(entry -> now.put(entry.path(), entry));
		return suspects.stream()
			.map(now::get)
			.filter(java.util.Objects::nonNull)
			.flatMap(entry -> problem(folder, entry).stream())
			.toList();
	}

	/** The file missing, or its content not what the manifest recorded; files outside the folder are not asked. */
	private Optional<Problem> problem(Path folder, ManifestEntry entry) {
		Path file = folder.resolve(entry.path()).normalize();
		if (!file.startsWith(folder)) {
			return Optional.empty();
		}
		if (!Files.isRegularFile(file)) {
			return Optional.of(Problem.of(ProblemKind.TAMPERED_FILE, entry.path(), texts.get("monitor.tampered.missing", entry.path()),
					texts.get("monitor.tampered.missingEvidence", entry.path(), entry.sha256(), entry.writtenAt())));
		}
		String now = sha256(file);
		if (now.equalsIgnoreCase(entry.sha256())) {
			return Optional.empty();
		}
		return Optional.of(Problem.of(ProblemKind.TAMPERED_FILE, entry.path(), texts.get("monitor.tampered.changed", entry.path()),
				texts.get("monitor.tampered.changedEvidence", entry.path(), entry.sha256(), now, entry.writtenAt())));
	}

	static String sha256(Path file) {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (IOException e) {
			return "";
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
