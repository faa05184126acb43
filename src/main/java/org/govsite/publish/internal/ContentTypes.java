package org.govsite.publish.internal;

import java.util.Locale;
import java.util.Map;

/** The content types of published files, by extension. */
public final class ContentTypes {

	private static final Map<String, String> BY_EXTENSION = Map.ofEntries(Map.entry("html", "text/html;charset=UTF-8"),
			Map.entry("css", "text/css;charset=UTF-8"), Map.entry("js", "text/javascript;charset=UTF-8"),
			Map.entry("xml", "application/xml;charset=UTF-8"), Map.entry("svg", "image/svg+xml"),
			Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
			Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("pdf", "application/pdf"),
			Map.entry("doc", "application/msword"),
			Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
			Map.entry("xls", "application/vnd.ms-excel"),
			Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
			Map.entry("zip", "application/zip"), Map.entry("mp4", "video/mp4"), Map.entry("txt", "text/plain;charset=UTF-8"),
			Map.entry("ofd", "application/ofd"), Map.entry("wps", "application/vnd.ms-works"));

	private ContentTypes() {
	}

	public static String of(String path) {
		int dot = path.lastIndexOf('.');
		String extension = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
		return BY_EXTENSION.getOrDefault(extension, "application/octet-stream");
	}
}
