package org.govsite.content.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The type of an upload, from its content (Tika's magic numbers), never from its name: a PNG
 * named {@code .pdf} is a PNG, an executable named {@code .jpg} is refused. The name only tells
 * apart the members of one family that share their magic (the OLE2 and OOXML office files). What
 * is accepted: pictures (JPEG, PNG, GIF, WebP), PDF, office documents (doc, docx, xls, xlsx, ppt,
 * pptx, WPS), OFD, MP4 video and ZIP archives whose entries are all of those kinds. Everything
 * else (executables, scripts, HTML, SVG, RAR and 7z, which cannot be looked into) is refused.
 */
@Component
public class FileTypes {

	/** The accepted types and the extension each is published with. */
	static final Map<String, String> ACCEPTED = Map.ofEntries(Map.entry("image/jpeg", "jpg"),
			Map.entry("image/png", "png"), Map.entry("image/gif", "gif"), Map.entry("image/webp", "webp"),
			Map.entry("application/pdf", "pdf"), Map.entry("application/msword", "doc"),
			Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
			Map.entry("application/vnd.ms-excel", "xls"),
			Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
			Map.entry("application/vnd.ms-powerpoint", "ppt"),
			Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
			Map.entry("application/vnd.ms-works", "wps"), Map.entry("application/ofd", "ofd"),
			Map.entry("video/mp4", "mp4"), Map.entry("application/zip", "zip"));

	static final Set<String> PICTURES = Set.of("image/jpeg", "image/png", "image/gif", "image/webp");

	/** The OLE2 family, told apart by name. */
	private static final Map<String, String> OLE2 = Map.of("doc", "application/msword", "xls", "application/vnd.ms-excel",
			"ppt", "application/vnd.ms-powerpoint", "wps", "application/vnd.ms-works", "et", "application/vnd.ms-excel",
			"dps", "application/vnd.ms-powerpoint");

	private static final int MAX_ZIP_ENTRIES = 1000;

	private final Tika tika = new Tika();

	/** What an upload is. */
	public record Detected(String mediaType, boolean accepted) {
	}

	public Detected detect(byte[] content, String fileName) {
		String magic = magic(content);
		String type = switch (magic) {
			case "application/x-tika-msoffice" -> OLE2.getOrDefault(extension(fileName), magic);
			case "application/x-tika-ooxml", "application/zip" -> zipKind(content);
			default -> magic;
		};
		return new Detected(type, ACCEPTED.containsKey(type));
	}

	/** The type the bytes alone say: no name is given to the detector. */
	private String magic(byte[] content) {
		return MediaType.parse(tika.detect(content)).getBaseType().toString();
	}

	/**
	 * A ZIP container: an OOXML document, an OFD, or a plain archive whose entries are accepted
	 * kinds by name (a ZIP holding an executable or a page is refused).
	 */
	private static String zipKind(byte[] content) {
		boolean word = false;
		boolean sheet = false;
		boolean slides = false;
		boolean ofd = false;
		boolean contentTypes = false;
		boolean harmless = true;
		int entries = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (++entries > MAX_ZIP_ENTRIES) {
					return "application/x-zip-too-many-entries";
				}
				String name = entry.getName();
				contentTypes |= name.equals("[Content_Types].xml");
				word |= name.startsWith("word/");
				sheet |= name.startsWith("xl/");
				slides |= name.startsWith("ppt/");
				ofd |= name.equals("OFD.xml");
				harmless &= entry.isDirectory() || ACCEPTED.containsValue(extension(name)) || OLE2.containsKey(extension(name))
						|| Set.of("txt", "xml", "csv").contains(extension(name));
			}
		}
		catch (IOException | IllegalArgumentException e) {
			return "application/x-damaged-zip";
		}
		if (contentTypes && word) {
			return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
		}
		if (contentTypes && sheet) {
			return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
		}
		if (contentTypes && slides) {
			return "application/vnd.openxmlformats-officedocument.presentationml.presentation";
		}
		if (ofd) {
			return "application/ofd";
		}
		return harmless ? "application/zip" : "application/x-zip-with-unsafe-entries";
	}

	/** The extension a file of the type is published with. */
	public static String extensionOf(String mediaType) {
		return ACCEPTED.getOrDefault(mediaType, "bin");
	}

	static String extension(@Nullable String name) {
		if (name == null) {
			return "";
		}
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}
}
