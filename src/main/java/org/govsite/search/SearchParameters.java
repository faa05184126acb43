package org.govsite.search;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The parameters of a public search, checked: {@code q} at most 100 characters, {@code page} from
 * 1, {@code size} 1 to 50, {@code sort} relevance or date, dates as yyyy-MM-dd, sites as 标识码
 * (repeated or comma-separated; none for the whole group), channels as ids, types as names. Bad
 * input is refused with {@link SearchRejected}, naming the parameter.
 */
public record SearchParameters(String text, Set<String> siteCodes, Set<Long> channelIds, Set<String> kinds,
		@Nullable LocalDate from, @Nullable LocalDate to, SearchSort sort, int page, int size) {

	public static final int MAX_TEXT = 100;

	public static final int MAX_SIZE = 50;

	public static final int DEFAULT_SIZE = 10;

	public static SearchParameters parse(Map<String, String[]> parameters, @Nullable String rawQueryString) {
		checkEncoding(rawQueryString);
		String text = first(parameters, "q");
		text = text == null ? "" : text.strip();
		if (text.codePointCount(0, text.length()) > MAX_TEXT) {
			throw new SearchRejected("q");
		}
		if (text.indexOf('\uFFFD') >= 0 || text.chars().anyMatch(c -> Character.isISOControl(c))) {
			throw new SearchRejected("encoding");
		}
		Set<String> sites = new LinkedHashSet<>();
		for (String value : list(parameters, "site")) {
			if (!value.equals("all") && !value.matches("\\d{10}")) {
				throw new SearchRejected("site");
			}
			if (!value.equals("all")) {
				sites.add(value);
			}
		}
		Set<Long> channels = new LinkedHashSet<>();
		for (String value : list(parameters, "channel")) {
			channels.add(number(value, "channel", 1, Long.MAX_VALUE));
		}
		Set<String> kinds = new LinkedHashSet<>();
		for (String value : list(parameters, "type")) {
			if (!value.matches("[A-Za-z_]{1,40}")) {
				throw new SearchRejected("type");
			}
			kinds.add(value.toUpperCase(Locale.ROOT));
		}
		LocalDate from = date(first(parameters, "from"), "from");
		LocalDate to = date(first(parameters, "to"), "to");
		if (from != null && to != null && from.isAfter(to)) {
			throw new SearchRejected("to");
		}
		String sortText = first(parameters, "sort");
		SearchSort sort = switch (sortText == null || sortText.isBlank() ? "relevance" : sortText) {
			case "relevance" -> SearchSort.RELEVANCE;
			case "date" -> SearchSort.DATE;
			default -> throw new SearchRejected("sort");
		};
		String pageText = first(parameters, "page");
		int page = pageText == null || pageText.isBlank() ? 1 : (int) number(pageText, "page", 1, 10_000);
		String sizeText = first(parameters, "size");
		int size = sizeText == null || sizeText.isBlank() ? DEFAULT_SIZE : (int) number(sizeText, "size", 1, MAX_SIZE);
		if ((long) page * size > SearchQuery.MAX_WINDOW) {
			throw new SearchRejected("page");
		}
		return new SearchParameters(text, sites, channels, kinds, from, to, sort, page, size);
	}

	/** A query string whose percent-escapes are not UTF-8 is refused rather than guessed at. */
	private static void checkEncoding(@Nullable String raw) {
		if (raw == null) {
			return;
		}
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c == '%') {
				if (i + 2 >= raw.length()) {
					throw new SearchRejected("encoding");
				}
				try {
					bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
				}
				catch (NumberFormatException e) {
					throw new SearchRejected("encoding");
				}
				i += 2;
			}
			else {
				bytes.write(c == '+' ? ' ' : c);
			}
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes.toByteArray()));
		}
		catch (CharacterCodingException e) {
			throw new SearchRejected("encoding");
		}
	}

	private static @Nullable String first(Map<String, String[]> parameters, String name) {
		String[] values = parameters.get(name);
		return values == null || values.length == 0 ? null : values[0];
	}

	private static Set<String> list(Map<String, String[]> parameters, String name) {
		Set<String> values = new LinkedHashSet<>();
		String[] given = parameters.get(name);
		if (given != null) {
			for (String value : given) {
				for (String one : value.split(",")) {
					if (!one.isBlank()) {
						values.add(one.strip());
					}
				}
			}
		}
		return values;
	}

	private static long number(String value, String name, long min, long max) {
		try {
			long number = Long.parseLong(value.strip());
			if (number < min || number > max) {
				throw new SearchRejected(name);
			}
			return number;
		}
		catch (NumberFormatException e) {
			throw new SearchRejected(name);
		}
	}

	private static @Nullable LocalDate date(@Nullable String value, String name) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw new SearchRejected(name);
		}
	}
}
