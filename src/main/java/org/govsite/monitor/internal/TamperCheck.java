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
		List<ManifestEntry> suspects = new ArrayList<>();
		for (ManifestEntry entry : files.manifest(site.id())) {
			if (differs(folder, entry)) {
				suspects.add(entry);
			}
		}
		if (suspects.isEmpty()) {
			return List.of();
		}
		Map<String, ManifestEntry> now = new HashMap<>();
		files.manifest(site.id()).forEach(entry -> now.put(entry.path(), entry));
		List<Problem> problems = new ArrayList<>();
		for (ManifestEntry suspect : suspects) {
			ManifestEntry entry = now.get(suspect.path());
			if (entry == null || !differs(folder, entry)) {
				continue;
			}
			Path file = folder.resolve(entry.path()).normalize();
			String hash = Files.isRegularFile(file) ? sha256(file) : null;
			if (hash == null) {
				problems.add(Problem.of(ProblemKind.TAMPERED_FILE, entry.path(), texts.get("monitor.tampered.missing", entry.path()),
						texts.get("monitor.tampered.missingEvidence", entry.path(), entry.sha256(), entry.writtenAt())));
			}
			else {
				problems.add(Problem.of(ProblemKind.TAMPERED_FILE, entry.path(), texts.get("monitor.tampered.changed", entry.path()),
						texts.get("monitor.tampered.changedEvidence", entry.path(), entry.sha256(), hash, entry.writtenAt())));
			}
		}
		return problems;
	}

	/** Whether the file is missing or its content is not what the manifest recorded (files outside the folder are not asked). */
	private static boolean differs(Path folder, ManifestEntry entry) {
		Path file = folder.resolve(entry.path()).normalize();
		if (!file.startsWith(folder)) {
			return false;
		}
		return !Files.isRegularFile(file) || !sha256(file).equalsIgnoreCase(entry.sha256());
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
