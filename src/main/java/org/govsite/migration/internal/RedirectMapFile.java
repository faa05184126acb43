package org.govsite.migration.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.govsite.platform.GovSiteProperties;

import org.springframework.stereotype.Component;

/**
 * The old sites' redirects as an nginx file beside the published sites:
 * {@code <data-dir>/publish/govsite-migrated.map}, the entries ({@code "<old host><old path>"
 * "<new address>";}) that {@code deploy/nginx/govsite.conf} includes in its {@code $govsite_migrated}
 * map. It travels with the published output to the web servers, outside every site's folder so
 * that no site serves it, and is rewritten whole, atomically, whenever a migration's import ends.
 */
@Component
public class RedirectMapFile {

	public static final String NAME = "govsite-migrated.map";

	private final MigrationStore store;

	private final GovSiteProperties platform;

	RedirectMapFile(MigrationStore store, GovSiteProperties platform) {
		this.store = store;
		this.platform = platform;
	}

	public Path path() {
		return platform.dataPath("publish").resolve(NAME);
	}

	/** Writes the file anew; a web server reloading meanwhile reads the old one or the new one, whole. */
	public void write() {
		Path file = path();
		try {
			Files.createDirectories(file.getParent());
			Path temporary = Files.createTempFile(file.getParent(), ".govsite-migrated", ".tmp");
			try {
				Files.writeString(temporary, entries(store.redirects()), StandardCharsets.UTF_8);
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("The redirects' map " + file + " could not be written", e);
		}
	}

	/** The map's entries, one old address a line, for an nginx {@code map $host$request_uri}. */
	public static String entries(List<MigrationStore.Redirect> redirects) {
		StringBuilder map = new StringBuilder("# GovSite: old sites' addresses and their new pages (generated; do not edit)\n");
		for (MigrationStore.Redirect redirect : redirects) {
			String host = redirect.host().replaceFirst(":\\d+$", "");
			map.append(quoted(host + redirect.path())).append(' ').append(quoted(redirect.newUrl())).append(";\n");
		}
		return map.toString();
	}

	/** An nginx string: the old addresses come from old sites, so nothing in them may end the string. */
	static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$").replaceAll("[\\r\\n;{}]", "") + "\"";
	}
}
