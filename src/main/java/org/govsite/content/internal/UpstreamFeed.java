package org.govsite.content.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * What an upper-level portal offers to watch: an RSS 2.0 or Atom feed, or a sitemap (with or
 * without the news extension), read with jsoup's XML parser, which resolves no external entity.
 * Each entry has its address, a title (the address when a sitemap names none) and, where given, its
 * publication time.
 */
final class UpstreamFeed {

	/** One item of the feed. */
	record Entry(String link, String title, @Nullable Instant publishedAt) {
	}

	private UpstreamFeed() {
	}

	/**
	 * @param zone the zone of dates given without one (a sitemap's {@code lastmod} date)
	 * @return the entries, each address once, in the feed's order
	 */
	static List<Entry> parse(byte[] xml, ZoneId zone) {
		Document feed;
		try {
			// the charset comes from the XML declaration (GB2312 and GBK are still common upstream)
			feed = Jsoup.parse(new java.io.ByteArrayInputStream(xml), null, "", Parser.xmlParser());
		}
		catch (java.io.IOException unreadable) {
			return List.of();
		}
		Map<String, Entry> entries = new LinkedHashMap<>();
		for (Element item : feed.select("item")) {
			add(entries, text(item, "link"), text(item, "title"), time(text(item, "pubDate"), zone));
		}
		for (Element entry : feed.select("entry")) {
			Element link = entry.selectFirst("link[rel=alternate], link:not([rel])");
			String published = text(entry, "published");
			add(entries, link == null ? null : link.attr("href"), text(entry, "title"),
					time(published != null ? published : text(entry, "updated"), zone));
		}
		for (Element url : feed.select("url")) {
			String loc = text(url, "loc");
			String newsTitle = text(url, "news|title");
			String newsDate = text(url, "news|publication_date");
			add(entries, loc, newsTitle, time(newsDate != null ? newsDate : text(url, "lastmod"), zone));
		}
		return new ArrayList<>(entries.values());
	}

	private static void add(Map<String, Entry> entries, @Nullable String link, @Nullable String title,
			@Nullable Instant at) {
		if (link == null || link.isBlank()) {
			return;
		}
		String address = link.strip();
		if (!address.startsWith("http://") && !address.startsWith("https://")) {
			return;
		}
		String name = title == null || title.isBlank() ? address : title.strip();
		entries.putIfAbsent(address, new Entry(address, name.length() > 500 ? name.substring(0, 500) : name, at));
	}

	private static @Nullable String text(Element parent, String tag) {
		Element child = parent.selectFirst(tag);
		if (child == null && tag.contains("|")) {
			child = parent.getElementsByTag(tag.replace('|', ':')).first();
		}
		if (child == null) {
			return null;
		}
		String text = child.text();
		return text.isBlank() ? null : text.strip();
	}

	/** RFC 1123 (RSS), ISO-8601 with or without a zone (Atom, sitemaps), or a bare date. */
	static @Nullable Instant time(@Nullable String text, ZoneId zone) {
		if (text == null) {
			return null;
		}
		try {
			return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT)).toInstant();
		}
		catch (DateTimeParseException notRfc) {
			// try the ISO forms
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException notOffset) {
			// try the local forms
		}
		try {
			return java.time.LocalDateTime.parse(text).atZone(zone).toInstant();
		}
		catch (DateTimeParseException notLocal) {
			// try a date
		}
		try {
			return java.time.LocalDate.parse(text).atStartOfDay(zone).toInstant();
		}
		catch (DateTimeParseException notDate) {
			return null;
		}
	}
}
