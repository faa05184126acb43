package org.govsite.secops;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.govsite.platform.RuleViolation;

/**
 * The emergency plan's document: a PDF or a Word (docx) file, known by its content, not its name
 * (Tika's magic numbers; a docx is the zip that holds {@code word/document.xml}), at most
 * {@link #MAX_SIZE}; its SHA-256 is kept and checked when it is read back.
 *
 * @param name the file name as it is offered for download (only characters a file name may safely have)
 */
public record PlanDocument(String name, String contentType, byte[] content, String sha256) {

	public static final long MAX_SIZE = 20L * 1024 * 1024;

	static final String PDF = "application/pdf";

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private static final Tika TIKA = new Tika();

	/** The upload as it will be kept, or refused in Chinese. */
	public static PlanDocument of(String fileName, byte[] content) {
		if (content.length == 0 || content.length > MAX_SIZE) {
			throw new RuleViolation("secops.plan.document.size", MAX_SIZE / 1024 / 1024);
		}
		String type = switch (MediaType.parse(TIKA.detect(content)).getBaseType().toString()) {
			case PDF -> PDF;
			case "application/x-tika-ooxml", "application/zip" -> isWordDocument(content) ? DOCX : null;
			default -> null;
		};
		if (type == null) {
			throw new RuleViolation("secops.plan.document.type");
		}
		String extension = type.equals(PDF) ? ".pdf" : ".docx";
		String base = safeName(fileName).replaceFirst("(?i)\\.(pdf|docx)$", "");
		return new PlanDocument(base + extension, type, content, sha256(content));
	}

	/** Whether the bytes still are the document kept. */
	public boolean intact() {
		return sha256(content).equals(sha256);
	}

	private static boolean isWordDocument(byte[] content) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			int entries = 0;
			for (ZipEntry entry = zip.getNextEntry(); entry != null && entries < 1000; entry = zip.getNextEntry(), entries++) {
				if (entry.getName().equals("word/document.xml")) {
					return true;
				}
			}
			return false;
		}
		catch (IOException | IllegalArgumentException e) {
			return false;
		}
	}

	private static String safeName(String fileName) {
		String base = fileName.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^\\p{IsHan}\\p{L}\\p{N}._（）()-]", "_");
		base = base.replaceFirst("^\\.+", "");
		if (base.isBlank()) {
			base = "应急预案";
		}
		return base.length() > 100 ? base.substring(base.length() - 100) : base;
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
