package org.govsite.publish.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The default theme's static files (style sheet, script, emblem, badges), each published under a
 * name that carries a hash of its content.
 */
public final class ThemeAssets {

	private static final String FOLDER = "themes/default/assets/";

	private final Map<String, byte[]> files = new LinkedHashMap<>();

	private final AssetNames names;

	public ThemeAssets() {
		String css = add("site", "css");
		String js = add("site", "js");
		String emblem = add("emblem", "svg");
		String badge = add("badge", "svg");
		String report = add("report", "svg");
		String blue = add("palette-blue", "css");
		this.names = new AssetNames(css, js, emblem, badge, report, emblem, blue, null);
	}

	private String add(String name, String extension) {
		byte[] content = read(FOLDER + name + "." + extension);
		String path = path(name, extension, content);
		files.put(path, content);
		return path;
	}

	/** Where a file of the theme's folder is published: its name with a hash of its content. */
	static String path(String name, String extension, byte[] content) {
		String hash = HexFormat.of().formatHex(Digests.sha256(content)).substring(0, 10);
		return PageAddresses.ASSETS + name + "." + hash + "." + extension;
	}

	public AssetNames names() {
		return names;
	}

	/** Every file by its published path. */
	public Map<String, byte[]> files() {
		return files;
	}

	private static byte[] read(String resource) {
		try (InputStream in = ThemeAssets.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing theme file " + resource);
			}
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
