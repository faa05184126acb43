package org.govsite.migration.internal;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govsite.migration.CrawlRules;
import org.govsite.migration.PageKind;
import org.govsite.migration.PageReading;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads a page of an old site by the operator's rules: list or detail by its address, else by its
 * structure (a long text with a date is a document, many links in lists a section's index); then
 * the title, date, source, body and attached files of a detail page, and the same-site links of
 * every page.
 */
public final class PageReader {

	private static final Pattern DATE = Pattern
		.compile("((?:19|20)\\d\\d)\\s*[-年/.]\\s*(\\d{1,2})\\s*[-月/.]\\s*(\\d{1,2})");

	private static final Pattern URL_DATE = Pattern.compile("/t((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)_");

	private static final Pattern SOURCE = Pattern.compile("(?:来源|信息来源|稿源)\\s*[:：]\\s*([^\\s　|&]{2,40})");

	private static final Pattern DATE_FOLDER = Pattern.compile("(?:19|20)\\d\\d(?:[01]\\d)?(?:[0-3]\\d)?|[01]?\\d|art|content");

	private static final Pattern FILE = Pattern
		.compile("(?i).*\\.(pdf|docx?|xlsx?|pptx?|wps|et|ofd|zip|rar|7z|txt|csv|jpe?g|png|gif)$");

	private static final String BODY_CANDIDATES = "#zoom, .TRS_Editor, .trs_editor, #UCAP-CONTENT, .article-content, "
			+ ".article_con, .content, #content, .main-text, .pages_content, article";

	/** Characters of Chinese text that make a document rather than a navigation block. */
	private static final int DOCUMENT_TEXT = 50;

	private final CrawlRules rules;

	private final Pattern detail;

	private final Pattern list;

	private final @Nullable Pattern exclude;

	public PageReader(CrawlRules rules) {
		this.rules = rules;
		this.detail = Pattern.compile(rules.detailPattern().isEmpty() ? "(?!)" : rules.detailPattern());
		this.list = Pattern.compile(rules.listPattern().isEmpty() ? "(?!)" : rules.listPattern());
		this.exclude = rules.excludePattern().isEmpty() ? null : Pattern.compile(rules.excludePattern());
	}

	/** Whether the address is to be followed at all. */
	public boolean follows(String url) {
		return exclude == null || !exclude.matcher(pathOf(url)).matches();
	}

	/** Whether the address names a file rather than a page. */
	public static boolean isFile(String url) {
		return FILE.matcher(URI.create(url).getPath() == null ? "" : URI.create(url).getPath()).matches();
	}

	public PageReading read(String url, String html) {
		Document page = Jsoup.parse(html, url);
		String host = URI.create(url).getHost();
		List<String> links = new ArrayList<>();
		for (Element a : page.select("a[href]")) {
			String link = normalized(a.absUrl("href"), host);
			if (link != null && !isFile(link) && follows(link)) {
				links.add(link);
			}
		}
		PageKind kind = kind(url, page);
		String section = section(url);
		if (kind != PageKind.DETAIL) {
			return new PageReading(url, kind, section, title(page), null, null, null, List.of(), dedup(links));
		}
		Element body = body(page);
		List<String> attachments = new ArrayList<>();
		Element scope = body == null ? page.body() : body.parent() == null ? body : body.parent();
		for (Element a : scope.select("a[href]")) {
			String link = normalized(a.absUrl("href"), host);
			if (link != null && isFile(link)) {
				attachments.add(link);
			}
		}
		if (body != null) {
			for (Element img : body.select("img[src]")) {
				img.attr("src", img.absUrl("src"));
			}
			for (Element a : body.select("a[href]")) {
				a.attr("href", a.absUrl("href"));
			}
		}
		return new PageReading(url, kind, section, title(page), date(url, page), source(page),
				body == null ? null : body.html(), dedup(attachments), dedup(links));
	}

	private PageKind kind(String url, Document page) {
		String path = pathOf(url);
		if (detail.matcher(path).matches()) {
			return PageKind.DETAIL;
		}
		if (list.matcher(path).matches()) {
			return PageKind.LIST;
		}
		Element body = body(page);
		if (body != null && body.text().length() >= DOCUMENT_TEXT && DATE.matcher(page.text()).find()) {
			return PageKind.DETAIL;
		}
		return page.select("li a[href]").size() >= 10 ? PageKind.LIST : PageKind.OTHER;
	}

	private @Nullable String title(Document page) {
		String found = text(page, rules.titleSelector());
		if (found == null) {
			found = text(page, "h1");
		}
		if (found == null) {
			String title = page.title();
			found = title.isBlank() ? null : title.split("[-_|—]")[0].strip();
		}
		return found;
	}

	private @Nullable LocalDate date(String url, Document page) {
		String text = text(page, rules.dateSelector());
		if (text == null) {
			String all = page.body().text();
			int near = all.indexOf("发布");
			text = near < 0 ? all : all.substring(near);
		}
		Matcher matcher = DATE.matcher(text);
		if (!matcher.find()) {
			matcher = URL_DATE.matcher(url);
			if (!matcher.find()) {
				return null;
			}
		}
		try {
			return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
					Integer.parseInt(matcher.group(3)));
		}
		catch (DateTimeException e) {
			return null;
		}
	}

	private @Nullable String source(Document page) {
		String text = text(page, rules.sourceSelector());
		if (text != null && !text.contains("来源")) {
			return text;
		}
		Matcher matcher = SOURCE.matcher(text != null ? text : page.body().text());
		return matcher.find() ? matcher.group(1) : null;
	}

	private @Nullable Element body(Document page) {
		if (!rules.bodySelector().isEmpty()) {
			return page.selectFirst(rules.bodySelector());
		}
		Element found = page.selectFirst(BODY_CANDIDATES);
		if (found != null) {
			return found;
		}
		Element best = null;
		int most = 0;
		for (Element block : page.select("div, td, article, section")) {
			int length = block.select("> p").text().length();
			if (length > most) {
				most = length;
				best = block;
			}
		}
		return best;
	}

	private static @Nullable String text(Document page, String selector) {
		if (selector.isEmpty()) {
			return null;
		}
		Element element = page.selectFirst(selector);
		return element == null || element.text().isBlank() ? null : element.text().strip();
	}

	/**
	 * The old site's section of a page: its folder, with date folders (2020, 202001, 20200102) and
	 * the CMS's art/content folders left out, e.g. {@code /xwdt/tzgg/} for
	 * {@code /xwdt/tzgg/202001/t20200102_1.html}.
	 */
	static String section(String url) {
		String path = URI.create(url).getPath();
		if (path == null || path.isEmpty()) {
			return "/";
		}
		String[] parts = path.split("/");
		StringBuilder section = new StringBuilder("/");
		for (int i = 0; i < parts.length - (path.endsWith("/") ? 0 : 1); i++) {
			if (!parts[i].isEmpty() && !DATE_FOLDER.matcher(parts[i]).matches()) {
				section.append(parts[i]).append('/');
			}
		}
		return section.toString();
	}

	/** The address without fragment, on the same host, or null for another site or scheme. */
	static @Nullable String normalized(String absolute, String host) {
		if (absolute.isEmpty()) {
			return null;
		}
		try {
			URI uri = URI.create(absolute.replace(" ", "%20"));
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
					|| !uri.getHost().equalsIgnoreCase(host)) {
				return null;
			}
			return new URI(scheme, uri.getRawAuthority() == null ? null : uri.getAuthority(), uri.getPath(), uri.getQuery(), null)
				.toString();
		}
		catch (IllegalArgumentException | java.net.URISyntaxException e) {
			return null;
		}
	}

	static String pathOf(String url) {
		URI uri = URI.create(url);
		String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
		return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
	}

	private static List<String> dedup(List<String> urls) {
		Set<String> unique = new LinkedHashSet<>(urls);
		return List.copyOf(unique);
	}
}
