package org.govsite.publish.internal;

import java.util.Set;

import org.govsite.content.AttachmentRef;

/**
 * Where each page of a site lives, relative to the site's folder {@code <data-dir>/publish/<标识码>/}.
 * <ul>
 * <li>{@code index.html}: the home page; {@code sitemap.html}, {@code sitemap.xml} (an index of
 * {@code sitemap-channels.xml} and {@code sitemap-<n>.xml}), {@code rss.xml}, {@code 404.html};</li>
 * <li>{@code <channel path>/index.html}: a channel's newest list page; {@code index_<n>.html} its
 * older pages, numbered from the oldest, so that a new document changes only the newest pages;</li>
 * <li>{@code art/<id / 1000>/t<id>.html}: a document, by its id alone (a thousand to a folder): the
 * address does not change when the document is placed in another channel, its channel moves, or its
 * date is corrected;</li>
 * <li>{@code assets/<name>.<hash>.<ext>}: the theme's files; {@code files/<sha256>.<ext>}: attachments;</li>
 * <li>{@code zh-hant/…}: the traditional-Chinese copy of every page.</li>
 * </ul>
 * The folder names {@code art}, {@code assets}, {@code files} and {@code zh-hant} are the
 * publisher's: a first-level channel with one of these codes is published under {@code c-<code>/}.
 */
public final class PageAddresses {

	public static final String HOME = "index.html";

	public static final String SITE_MAP = "sitemap.html";

	public static final String SITEMAP_XML = "sitemap.xml";

	public static final String SITEMAP_CHANNELS = "sitemap-channels.xml";

	public static final String RSS = "rss.xml";

	public static final String NOT_FOUND = "404.html";

	public static final String TRADITIONAL = "zh-hant/";

	public static final String DOCUMENTS = "art/";

	public static final String ASSETS = "assets/";

	public static final String FILES = "files/";

	/** Documents per {@code sitemap-<n>.xml}, grouped by id: a new document changes one of them. */
	public static final int SITEMAP_CHUNK = 1_000;

	private static final Set<String> RESERVED = Set.of("art", "assets", "files", "zh-hant");

	private static final int DOCUMENTS_PER_FOLDER = 1000;

	private PageAddresses() {
	}

	/** The folder of a channel's pages, from its path of codes ({@code xxgk/zcwj}), with a slash. */
	public static String channelFolder(String channelPath) {
		int slash = channelPath.indexOf('/');
		String first = slash < 0 ? channelPath : channelPath.substring(0, slash);
		return (RESERVED.contains(first) ? "c-" + channelPath : channelPath) + "/";
	}

	/** A channel's list page: 0 is the newest ({@code index.html}), n ≥ 1 the n-th oldest. */
	public static String channelPage(String channelPath, int number) {
		return channelFolder(channelPath) + (number == 0 ? "index.html" : "index_" + number + ".html");
	}

	public static String document(long documentId) {
		return DOCUMENTS + (documentId / DOCUMENTS_PER_FOLDER) + "/t" + documentId + ".html";
	}

	public static String file(AttachmentRef attachment) {
		return file(attachment.sha256(), attachment.extension());
	}

	public static String file(String sha256, String extension) {
		return FILES + sha256 + "." + extension;
	}

	public static String sitemapChunk(long documentId) {
		return "sitemap-" + (documentId / SITEMAP_CHUNK) + ".xml";
	}

	/** Whether a path is a page that gets a traditional-Chinese copy. */
	public static boolean hasTraditionalCopy(String path) {
		return !path.startsWith(TRADITIONAL) && (path.endsWith(".html") || path.equals(RSS));
	}

	/** The link to a page given as a folder's index: {@code news/index.html} is linked as {@code news/}. */
	public static String linkPath(String path) {
		return path.equals(HOME) ? "" : path.endsWith("/index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
	}
}
