package org.govsite.backup.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** What a backup set says of itself ({@code set.properties}): when, how, and the schema's migrations. */
record SetInfo(Instant takenAt, String method, List<String> schema) {

	static final String FILE = "set.properties";

	void write(Path set) {
		Properties properties = new Properties();
		properties.setProperty("taken-at", takenAt.toString());
		properties.setProperty("database-method", method);
		properties.setProperty("schema", String.join(",", schema));
		try (Writer out = Files.newBufferedWriter(set.resolve(FILE), StandardCharsets.UTF_8)) {
			properties.store(out, "GovSite backup set");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static SetInfo read(Path set) {
		Properties properties = new Properties();
		try (Reader in = Files.newBufferedReader(set.resolve(FILE), StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		catch (IOException e) {
			throw new BackupRefused("backup.refused.incomplete", set.toString());
		}
		String schema = properties.getProperty("schema", "");
		return new SetInfo(Instant.parse(properties.getProperty("taken-at")), properties.getProperty("database-method", "copy"),
				schema.isEmpty() ? List.of() : Arrays.asList(schema.split(",")));
	}

	String latestMigration() {
		return schema.stream().max(SetInfo::compareVersions).orElse("—");
	}

	/** Flyway versions compare part by part, numerically: 2026.12.09.1000 after 8. */
	static int compareVersions(String a, String b) {
		String[] left = a.split("[._]");
		String[] right = b.split("[._]");
		for (int i = 0; i < Math.max(left.length, right.length); i++) {
			long l = i < left.length ? Long.parseLong(left[i]) : 0;
			long r = i < right.length ? Long.parseLong(right[i]) : 0;
			if (l != r) {
				return Long.compare(l, r);
			}
		}
		return 0;
	}
}
