package org.govsite.monitor.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.govsite.platform.PublicPages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The links of one published page, sorted into those within the site (as paths relative to the
 * site's folder) and those leaving it (absolute http and https addresses). Links the page cannot
 * break (anchors, mail, phone, scripts, data) and links to the application's own dynamic pages
 * are left out.
 *
 * @param internal the site-relative paths linked, with the link as written
 * @param outbound the outside addresses linked
 */
record PageLinkReader(Set<Link> internal, Set<String> outbound) {

	/** A link as written on the page, and the site-relative path it leads to. */
	record Link(String written, String target) {
	}

	private static final String BASE_HOST = "published.invalid";

	/**
	 * Reads the page's links.
	 *
	 * @param path the page's path relative to the site's folder
	 * @param siteCode the 标识码 under whose {@code /sites/<code>/} address the application serves the site
	 * @param domain the site's own domain, whose addresses are internal too
	 * @param topFolders the first path segments of the site's files: an absolute path under another
	 * segment is the application's (letters, search), not the site's
	 */
	static PageLinkReader read(Path file, String path, @Nullable String siteCode, @Nullable String domain,
			Set<String> topFolders) throws IOException {
		Document page = Jsoup.parse(file.toFile(), "UTF-8", "http://" + BASE_HOST + "/" + path);
		Set<Link> internal = new LinkedHashSet<>();
		Set<String> outbound = new LinkedHashSet<>();
		for (Element element : page.select("a[href], link[href], img[src], script[src], iframe[src], source[src]")) {
			String written = element.hasAttr("href") ? element.attr("href") : element.attr("src");
			String trimmed = written.strip();
			String lower = trimmed.toLowerCase(Locale.ROOT);
			if (trimmed.isEmpty() || trimmed.startsWith("#") || lower.startsWith("mailto:") || lower.startsWith("tel:")
					|| lower.startsWith("javascript:") || lower.startsWith("data:")) {
				continue;
			}
			URI uri;
			try {
				uri = new URI("http://" + BASE_HOST + "/" + path).resolve(new URI(trimmed.replace(" ", "%20")));
			}
			catch (URISyntaxException | IllegalArgumentException e) {
				internal.add(new Link(written, trimmed));
				continue;
			}
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
			if (!scheme.equals("http") && !scheme.equals("https")) {
				continue;
			}
			String rawPath = uri.getRawPath() == null ? "/" : uri.getRawPath();
			if (host.equals(BASE_HOST) && trimmed.startsWith("/") && PublicPages.contains(rawPath)) {
				continue; // the public role's own page, not a file of the site
			}
			if (host.equals(BASE_HOST)) {
				boolean relative = !trimmed.startsWith("/");
				String served = siteCode == null ? null : "/sites/" + siteCode + "/";
				if (served != null && rawPath.startsWith(served)) {
					internal.add(new Link(written, target(rawPath.substring(served.length()))));
				}
				else if (relative || topFolders.contains(firstSegment(rawPath))) {
					internal.add(new Link(written, target(rawPath.substring(1))));
				}
			}
			else if (domain != null && host.equalsIgnoreCase(domain)) {
				internal.add(new Link(written, target(rawPath.substring(1))));
			}
			else {
				outbound.add(uri.toString());
			}
		}
		return new PageLinkReader(internal, outbound);
	}

	private static String firstSegment(String rawPath) {
		String rest = rawPath.substring(1);
		int slash = rest.indexOf('/');
		return slash < 0 ? rest : rest.substring(0, slash);
	}

	/** The file a site-relative path is served from: a folder by its index.html. */
	private static String target(String rawPath) {
		String decoded = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
		return decoded.isEmpty() || decoded.endsWith("/") ? decoded + "index.html" : decoded;
	}
}
