package org.govsite.monitor.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

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

	@Override
	public List<Problem> inspect(SiteSummary site) {
		Path folder = files.folder(site);
		List<Problem> problems = new ArrayList<>();
		for (ManifestEntry entry : files.manifest(site.id())) {
			Path file = folder.resolve(entry.path()).normalize();
			if (!file.startsWith(folder)) {
				continue;
			}
			String now = Files.isRegularFile(file) ? sha256(file) : null;
			if (now == null) {
				problems.add(Problem.of(ProblemKind.TAMPERED_FILE, entry.path(), texts.get("monitor.tampered.missing", entry.path()),
						texts.get("monitor.tampered.missingEvidence", entry.path(), entry.sha256(), entry.writtenAt())));
			}
			else if (!now.equalsIgnoreCase(entry.sha256())) {
				problems.add(Problem.of(ProblemKind.TAMPERED_FILE, entry.path(), texts.get("monitor.tampered.changed", entry.path()),
						texts.get("monitor.tampered.changedEvidence", entry.path(), entry.sha256(), now, entry.writtenAt())));
			}
		}
		return problems;
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
