package org.govsite.publish.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The traditional-Chinese copy of one published page, made in a single pass over its markup: the
 * text between tags and the attributes that are text are converted, every other byte is copied as
 * it is. Pages are the publisher's own output (a theme's template, bodies sanitized on the way into
 * the library), so a small scanner that knows comments, tags with quoted or bare attributes, and
 * the raw text of {@code script} and {@code style} reads them fully; parsing each page into a tree
 * and writing it out again cost a quarter of a full publish.
 */
final class TraditionalPage {

	private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "aria-label", "placeholder");

	private static final Set<String> ADDRESS_META = Set.of("Url", "Image", "SiteDomain", "SiteIDCode", "PubDate");

	/** The page's address in the copy (its {@code Url} meta, moved under {@code zh-hant/}), for its QR code. */
	private String url;

	private final String html;

	private final String path;

	private final String root;

	private final StringBuilder out;

	private int at;

	TraditionalPage(String html, String path) {
		this.html = html;
		this.path = path;
		this.root = Links.from(path).root();
		this.out = new StringBuilder(html.length() + html.length() / 16);
	}

	String copy() {
		int length = html.length();
		while (at < length) {
			int tag = html.indexOf('<', at);
			int textEnd = tag < 0 ? length : tag;
			SimplifiedToTraditional.convert(html, at, textEnd, out);
			at = textEnd;
			if (tag >= 0) {
				markup();
			}
		}
		return out.toString();
	}

	/** At a {@code <}: a comment, a declaration, an end tag, a start tag, or a lone {@code <} of text. */
	private void markup() {
		char next = at + 1 < html.length() ? html.charAt(at + 1) : ' ';
		if (html.startsWith("<!--", at)) {
			copyThrough("-->");
		}
		else if (next == '!' || next == '?' || next == '/') {
			copyThrough(">");
		}
		else if (isAsciiLetter(next)) {
			startTag();
		}
		else {
			out.append('<');
			at++;
		}
	}

	private void startTag() {
		int nameEnd = at + 1;
		while (nameEnd < html.length() && !isSpace(html.charAt(nameEnd)) && html.charAt(nameEnd) != '>'
				&& html.charAt(nameEnd) != '/') {
			nameEnd++;
		}
		int plainEnd = PlainTag.end(html, at + 1, nameEnd, root);
		if (plainEnd >= 0) {
			// most tags: nothing in them changes, so they are copied as written, without a Tag and its strings
			out.append(html, at, plainEnd);
			at = plainEnd;
			return;
		}
		String name = html.substring(at + 1, nameEnd).toLowerCase(Locale.ROOT);
		Tag tag = new Tag(html.substring(at + 1, nameEnd));
		at = tag.readAttributes(html, nameEnd);
		if (name.equals("svg") && tag.hasClass("gs-qr") && url != null) {
			// the QR code opens the copy, not the simplified page
			int end = indexOfIgnoreCase("</svg>", at);
			at = Math.min(html.length(), end + "</svg>".length());
			String label = tag.get("aria-label");
			out.append(QrCode.svg(url, label == null ? "" : TraditionalCopy.convert(org.jsoup.parser.Parser.unescapeEntities(label, true))));
			return;
		}
		boolean languageSwitch = rewrite(name, tag);
		tag.appendTo(out);
		if (languageSwitch) {
			// the switch names the simplified version, in its own script
			int end = html.indexOf("</", at);
			at = end < 0 ? html.length() : end;
			out.append("简体");
		}
		else if (!tag.selfClosing && (name.equals("script") || name.equals("style"))) {
			int end = indexOfIgnoreCase("</" + name, at);
			out.append(html, at, end);
			at = end;
		}
	}

	/** Sets the attributes that differ in the copy; true for the language switch, whose text is replaced. */
	private boolean rewrite(String name, Tag tag) {
		for (Attribute attribute : tag.attributes) {
			if (attribute.value == null) {
				continue;
			}
			if (TEXT_ATTRIBUTES.contains(attribute.name)) {
				attribute.value = TraditionalCopy.convert(attribute.value);
			}
			else if ((attribute.name.equals("href") || attribute.name.equals("src")) && pointsIntoShared(attribute.value)) {
				// the theme's files and attachments are not copied: they are one folder further up
				attribute.value = "../" + attribute.value;
			}
			else if (attribute.name.equals("srcset")) {
				attribute.value = shared(attribute.value);
			}
		}
		switch (name) {
			case "html" -> tag.set("lang", "zh-Hant");
			case "meta" -> {
				String content = tag.get("content");
				if (content != null && "Url".equals(tag.get("name"))) {
					url = withTraditionalPath(org.jsoup.parser.Parser.unescapeEntities(content, true));
					tag.set("content", Html.escape(url));
				}
				else if (content != null && !ADDRESS_META.contains(tag.get("name"))) {
					tag.set("content", TraditionalCopy.convert(content));
				}
			}
			case "base" -> {
				if (tag.get("href") != null) {
					tag.set("href", tag.get("href") + PageAddresses.TRADITIONAL);
				}
			}
			case "link" -> {
				if ("canonical".equals(tag.get("rel")) && tag.get("href") != null) {
					tag.set("href", withTraditionalPath(tag.get("href")));
				}
			}
			case "a" -> {
				if (tag.hasClass("gs-lang")) {
					tag.set("href", "../" + root + PageAddresses.linkPath(path));
					tag.set("lang", "zh-CN");
					return true;
				}
			}
			default -> {
			}
		}
		return false;
	}

	/** A srcset whose candidates in the shared folders are one folder further up, like src. */
	private String shared(String srcset) {
		return java.util.Arrays.stream(srcset.split(",\\s*"))
			.map(candidate -> pointsIntoShared(candidate) ? "../" + candidate : candidate)
			.collect(java.util.stream.Collectors.joining(", "));
	}

	private boolean pointsIntoShared(String link) {
		return link.startsWith(root) && (link.startsWith(PageAddresses.ASSETS, root.length())
				|| link.startsWith(PageAddresses.FILES, root.length()));
	}

	private String withTraditionalPath(String url) {
		String linked = PageAddresses.linkPath(path);
		return url.endsWith(linked) ? url.substring(0, url.length() - linked.length()) + PageAddresses.TRADITIONAL + linked
				: url;
	}

	private void copyThrough(String end) {
		int found = html.indexOf(end, at);
		int stop = found < 0 ? html.length() : found + end.length();
		out.append(html, at, stop);
		at = stop;
	}

	/** Where a closing tag ({@code needle} starts with {@code <}) comes next, in any case; the end if nowhere. */
	private int indexOfIgnoreCase(String needle, int from) {
		int last = html.length() - needle.length();
		for (int i = html.indexOf('<', from); i >= 0 && i <= last; i = html.indexOf('<', i + 1)) {
			if (html.regionMatches(true, i, needle, 0, needle.length())) {
				return i;
			}
		}
		return html.length();
	}

	private static boolean isAsciiLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	static boolean isSpace(char c) {
		return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
	}

	/** A start tag as written: its name, its attributes in order (bare ones without a value). */
	private static final class Tag {

		final String name;

		final List<Attribute> attributes = new ArrayList<>(4);

		boolean selfClosing;

		Tag(String name) {
			this.name = name;
		}

		/** Reads the attributes from {@code from}; returns the position after the tag's {@code >}. */
		int readAttributes(String html, int from) {
			int i = from;
			int length = html.length();
			while (i < length) {
				char c = html.charAt(i);
				if (isSpace(c)) {
					i++;
				}
				else if (c == '>') {
					return i + 1;
				}
				else if (c == '/') {
					selfClosing = html.startsWith("/>", i);
					i++;
				}
				else {
					int nameStart = i;
					while (i < length && !isSpace(html.charAt(i)) && "=>/".indexOf(html.charAt(i)) < 0) {
						i++;
					}
					String attributeName = html.substring(nameStart, i);
					int j = i;
					while (j < length && isSpace(html.charAt(j))) {
						j++;
					}
					if (j < length && html.charAt(j) == '=') {
						j++;
						while (j < length && isSpace(html.charAt(j))) {
							j++;
						}
						char quote = j < length ? html.charAt(j) : '"';
						int valueEnd;
						if (quote == '"' || quote == '\'') {
							valueEnd = html.indexOf(quote, j + 1);
							valueEnd = valueEnd < 0 ? length : valueEnd;
							attributes.add(new Attribute(attributeName, html.substring(j + 1, valueEnd), quote));
							i = Math.min(valueEnd + 1, length);
						}
						else {
							valueEnd = j;
							while (valueEnd < length && !isSpace(html.charAt(valueEnd)) && html.charAt(valueEnd) != '>') {
								valueEnd++;
							}
							attributes.add(new Attribute(attributeName, html.substring(j, valueEnd), '"'));
							i = valueEnd;
						}
					}
					else {
						attributes.add(new Attribute(attributeName, null, '"'));
					}
				}
			}
			return length;
		}

		String get(String attribute) {
			for (Attribute each : attributes) {
				if (each.name.equals(attribute)) {
					return each.value;
				}
			}
			return null;
		}

		void set(String attribute, String value) {
			for (Attribute each : attributes) {
				if (each.name.equals(attribute)) {
					each.value = value;
					return;
				}
			}
			attributes.add(new Attribute(attribute, value, '"'));
		}

		boolean hasClass(String className) {
			String classes = get("class");
			if (classes == null) {
				return false;
			}
			for (String each : classes.split("\\s+")) {
				if (each.equals(className)) {
					return true;
				}
			}
			return false;
		}

		void appendTo(StringBuilder out) {
			out.append('<').append(name);
			for (Attribute attribute : attributes) {
				out.append(' ').append(attribute.written);
				if (attribute.value != null) {
					out.append('=').append(attribute.quote).append(attribute.value).append(attribute.quote);
				}
			}
			out.append(selfClosing ? "/>" : ">");
		}
	}

	/** An attribute: its name as written and in lower case (SVG's {@code viewBox} keeps its case). */
	private static final class Attribute {

		final String written;

		final String name;

		String value;

		final char quote;

		Attribute(String written, String value, char quote) {
			this.written = written;
			this.name = written.toLowerCase(Locale.ROOT);
			this.value = value;
			this.quote = quote;
		}
	}
}
