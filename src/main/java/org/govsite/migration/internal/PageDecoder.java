package org.govsite.migration.internal;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * The text of an old site's page: its charset from the HTTP header, else from its meta tag, else
 * detected from its bytes (old government sites are often GBK or GB2312 and say so nowhere, or
 * wrongly). GB2312 and GBK are read as GB18030, which contains both.
 */
public final class PageDecoder {

	private static final Pattern HEADER = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");

	private static final Pattern META = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)");

	private PageDecoder() {
	}

	public record Decoded(String text, Charset charset) {
	}

	public static Decoded decode(byte[] body, @Nullable String contentType) {
		Charset charset = named(contentType == null ? null : HEADER.matcher(contentType));
		if (charset == null) {
			String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1);
			charset = named(META.matcher(head));
		}
		if (charset == null) {
			charset = detected(body);
		}
		return new Decoded(new String(body, charset), charset);
	}

	private static @Nullable Charset named(@Nullable Matcher matcher) {
		return matcher != null && matcher.find() ? charset(matcher.group(1)) : null;
	}

	private static Charset detected(byte[] body) {
		UniversalDetector detector = new UniversalDetector();
		detector.handleData(body, 0, body.length);
		detector.dataEnd();
		Charset found = detector.getDetectedCharset() == null ? null : charset(detector.getDetectedCharset());
		return found == null ? StandardCharsets.UTF_8 : found;
	}

	static @Nullable Charset charset(String name) {
		String upper = name.toUpperCase(Locale.ROOT);
		if (upper.equals("GB2312") || upper.equals("GBK") || upper.equals("X-GBK") || upper.equals("HZ-GB-2312")) {
			return Charset.forName("GB18030");
		}
		try {
			return Charset.forName(name);
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
			return null;
		}
	}
}
