package org.govsite.publish.internal;

/**
 * Tells, without taking a start tag apart, whether the traditional copy writes it as it is: most
 * tags of a page ({@code div}, {@code li}, {@code span}, links to other pages) have nothing to
 * convert or move. Reading them into a {@code Tag} with a string per attribute, and writing them out
 * again, was most of the copy's garbage.
 */
final class PlainTag {

	/** Tags the copy rewrites or whose content it treats apart, whatever their attributes. */
	private static final String[] SPECIAL = { "html", "meta", "base", "link", "svg", "script", "style" };

	/** Attributes whose value the copy converts or moves. */
	private static final String[] REWRITTEN = { "title", "alt", "aria-label", "placeholder", "srcset" };

	private static final String LANGUAGE_SWITCH = "gs-lang";

	private PlainTag() {
	}

	/**
	 * Where the start tag whose name runs from {@code nameStart} to {@code nameEnd} ends (after its
	 * {@code >}) if the copy keeps it as written, or -1 if the copy rewrites it. {@code root} is the
	 * page's way up to the site's root, which a link into the shared folders starts with. Only a tag
	 * written as the copy would write it (one space before each attribute, values in quotes) is kept:
	 * the copy is then the same, byte for byte, as when every tag was taken apart.
	 */
	static int end(String html, int nameStart, int nameEnd, String root) {
		if (oneOf(html, nameStart, nameEnd, SPECIAL)) {
			return -1;
		}
		int length = html.length();
		int i = nameEnd;
		while (i < length) {
			char c = html.charAt(i);
			if (c == '>') {
				return i + 1;
			}
			if (c == '/') {
				return html.startsWith("/>", i) ? i + 2 : -1;
			}
			if (c != ' ') {
				return -1;
			}
			int attributeStart = ++i;
			while (i < length && !TraditionalPage.isSpace(html.charAt(i)) && "=>/".indexOf(html.charAt(i)) < 0) {
				i++;
			}
			int attributeEnd = i;
			if (attributeEnd == attributeStart || oneOf(html, attributeStart, attributeEnd, REWRITTEN)) {
				return -1;
			}
			if (i < length && html.charAt(i) == '=') {
				char quote = i + 1 < length ? html.charAt(i + 1) : ' ';
				int valueEnd = quote == '"' || quote == '\'' ? html.indexOf(quote, i + 2) : -1;
				if (valueEnd < 0 || rewritten(html, attributeStart, attributeEnd, i + 2, valueEnd, root)) {
					return -1;
				}
				i = valueEnd + 1;
			}
		}
		return -1;
	}

	/** A link into the shared folders (moved one folder up), or the language switch's class ({@code gs-qr} is on an {@code svg}). */
	private static boolean rewritten(String html, int nameStart, int nameEnd, int valueStart, int valueEnd, String root) {
		int nameLength = nameEnd - nameStart;
		if (nameLength == 5 && html.regionMatches(true, nameStart, "class", 0, 5)) {
			// within the value only: searching on to the page's end made every class attribute after the switch read the rest of the page
			return html.indexOf(LANGUAGE_SWITCH, valueStart, valueEnd) >= 0;
		}
		boolean link = (nameLength == 4 && html.regionMatches(true, nameStart, "href", 0, 4))
				|| (nameLength == 3 && html.regionMatches(true, nameStart, "src", 0, 3));
		return link && html.startsWith(root, valueStart)
				&& (html.startsWith(PageAddresses.ASSETS, valueStart + root.length())
						|| html.startsWith(PageAddresses.FILES, valueStart + root.length()));
	}

	private static boolean oneOf(String html, int start, int end, String[] names) {
		for (String name : names) {
			if (name.length() == end - start && html.regionMatches(true, start, name, 0, name.length())) {
				return true;
			}
		}
		return false;
	}
}
