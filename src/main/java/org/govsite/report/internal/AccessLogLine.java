package org.govsite.report.internal;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of nginx's access log in the {@code govsite} format of deploy/nginx/govsite.conf: the
 * combined format followed by the site's 标识码.
 * <pre>
 * 203.0.113.7 - - [06/Dec/2026:10:00:00 +0800] "GET /xwdt/index.html HTTP/2.0" 200 5120 "https://www.baidu.com/" "Mozilla/5.0 …" 4416020005
 * </pre>
 */
public record AccessLogLine(String address, OffsetDateTime time, String method, String path, int status, String referrer,
		String userAgent, String siteCode) {

	private static final Pattern LINE = Pattern.compile(
			"^(\\S+) \\S+ \\S+ \\[([^\\]]+)\\] \"(\\S+) (\\S+)[^\"]*\" (\\d{3}) \\S+ \"((?:[^\"\\\\]|\\\\.)*)\" \"((?:[^\"\\\\]|\\\\.)*)\" (\\S+)\\s*$");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH);

	/** The line, if it is one of the format. */
	public static Optional<AccessLogLine> parse(String line) {
		Matcher match = LINE.matcher(line);
		if (!match.matches()) {
			return Optional.empty();
		}
		try {
			return Optional.of(new AccessLogLine(match.group(1), OffsetDateTime.parse(match.group(2), TIME), match.group(3),
					match.group(4), Integer.parseInt(match.group(5)), match.group(6), match.group(7), match.group(8)));
		}
		catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}

	/** A page a reader saw: a GET of a page (not an asset) that was answered. */
	public boolean pageView() {
		String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
		return "GET".equals(method) && (status == 200 || status == 304) && (bare.endsWith("/") || bare.endsWith(".html"));
	}

	public String pagePath() {
		return path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
	}
}
