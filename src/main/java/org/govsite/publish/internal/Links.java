package org.govsite.publish.internal;

/**
 * Relative links from one published page to others. Pages link relatively, so that the same files
 * work served by host name ({@code https://www.example.gov.cn/news/}), under a path prefix
 * ({@code /sites/4416020005/news/}), in the traditional-Chinese copy under {@code zh-hant/}, and
 * from a folder on disk.
 */
public final class Links {

	private final String root;

	private Links(String root) {
		this.root = root;
	}

	/** Links from the page at this path (relative to the site root, e.g. {@code news/index.html}). */
	public static Links from(String pagePath) {
		int depth = 0;
		for (int i = 0; i < pagePath.length(); i++) {
			if (pagePath.charAt(i) == '/') {
				depth++;
			}
		}
		return new Links("../".repeat(depth));
	}

	/** The way from the page up to the site root: empty at the top, {@code ../../} two folders down. */
	public String root() {
		return root;
	}

	/** A link to a path relative to the site root ({@code news/}, {@code assets/site.css}). */
	public String to(String sitePath) {
		String link = root + sitePath;
		return link.isEmpty() ? "./" : link;
	}

	/** A link to the site's home page. */
	public String home() {
		return to("");
	}
}
