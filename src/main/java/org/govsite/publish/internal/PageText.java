package org.govsite.publish.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Properties;

import org.jspecify.annotations.Nullable;

/**
 * The words and date formats of published pages that come from code (labels of kinds, validity,
 * document types), read from the publish bundle so that all Chinese text stays in one place.
 */
public final class PageText {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final Properties BUNDLE = load();

	private PageText() {
	}

	private static Properties load() {
		Properties properties = new Properties();
		try (InputStream in = PageText.class.getResourceAsStream("/messages/publish.properties")) {
			if (in == null) {
				throw new IllegalStateException("messages/publish.properties is missing");
			}
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return properties;
	}

	/** The text of a key of the publish bundle, with {0}, {1} … replaced. */
	public static String text(String key, Object... arguments) {
		String text = BUNDLE.getProperty(key);
		if (text == null) {
			throw new IllegalStateException("No text for " + key);
		}
		for (int i = 0; i < arguments.length; i++) {
			text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
		}
		return text;
	}

	/** The label of an enum value under a prefix, e.g. {@code page.validity.VALID}. */
	public static String label(String prefix, Enum<?> value) {
		return text(prefix + "." + value.name());
	}

	public static String day(Instant instant, ZoneId zone) {
		return DAY.format(instant.atZone(zone));
	}

	public static String day(@Nullable LocalDate date) {
		return date == null ? "" : DAY.format(date);
	}

	public static String minute(Instant instant, ZoneId zone) {
		return MINUTE.format(instant.atZone(zone));
	}

	/** A file size as people read it: 12 KB, 3.4 MB. */
	public static String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		if (bytes < 1024 * 1024) {
			return Math.round(bytes / 1024.0) + " KB";
		}
		return String.format("%.1f MB", bytes / (1024.0 * 1024));
	}
}
