package org.govsite.publish;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A page of a site whose content another module keeps (the disclosure catalogue, the annual
 * disclosure report), given as plain values that publishing renders in the site's theme (template
 * {@code page}) with the site's header, navigation and footer, like any other page: escaped text,
 * links made relative, a traditional-Chinese copy.
 *
 * @param path where it goes, relative to the site's folder, under its source's
 * {@link SitePageSource#folder() folder}, ending in {@code .html}
 * @param title the page's title and heading
 * @param intro a paragraph under the heading, if any
 * @param crumbs the pages between the home page and this one, for the breadcrumbs
 * @param sections the page's sections, in order
 * @param updatedOn the day its content last changed (更新日期)
 * @param pager the links to the other pages of its list, for a page of a long list ({@link ListPages})
 */
public record SitePage(String path, String title, @Nullable String intro, List<Href> crumbs, List<Section> sections,
		LocalDate updatedOn, @Nullable Pager pager) {

	public SitePage {
		if (path.startsWith("/") || path.contains("..") || !path.endsWith(".html")) {
			throw new IllegalArgumentException("A page's path is a relative .html path: " + path);
		}
		crumbs = List.copyOf(crumbs);
		sections = List.copyOf(sections);
	}

	/** A page that is not one of a list's. */
	public SitePage(String path, String title, @Nullable String intro, List<Href> crumbs, List<Section> sections,
			LocalDate updatedOn) {
		this(path, title, intro, crumbs, sections, updatedOn, null);
	}

	/**
	 * The links between the pages of a list, as the site's paths of the pages (null where there is
	 * none), and where the page is: {@code number} counted as a reader does, newest first from 1.
	 */
	public record Pager(@Nullable String newest, @Nullable String newer, @Nullable String older, @Nullable String oldest,
			int number, int pages, int total) {
	}

	/**
	 * A section of the page: a heading, paragraphs, a list of links, tables; {@code note} is what a
	 * section with nothing to show says instead (an empty catalogue channel's explanatory note).
	 */
	public record Section(String heading, List<String> paragraphs, List<Href> links, List<Table> tables,
			@Nullable String note) {

		public Section {
			paragraphs = List.copyOf(paragraphs);
			links = List.copyOf(links);
			tables = List.copyOf(tables);
		}

		public static Section of(String heading, List<Href> links, @Nullable String note) {
			return new Section(heading, List.of(), links, List.of(), note);
		}
	}

	/** A table with its caption; the head's and the body's rows are lists of cells. */
	public record Table(String caption, List<List<Cell>> head, List<List<Cell>> body) {

		public Table {
			head = head.stream().map(List::copyOf).toList();
			body = body.stream().map(List::copyOf).toList();
		}
	}

	/**
	 * A cell: a header cell ({@code th}, a row's or a column's) or a data cell, spanning columns and
	 * rows, its text a link when {@code link} is given.
	 */
	public record Cell(String text, @Nullable Href link, boolean header, int colspan, int rowspan) {

		public static Cell data(String text) {
			return new Cell(text, null, false, 1, 1);
		}

		public static Cell link(Href link) {
			return new Cell(link.text(), link, false, 1, 1);
		}

		public static Cell head(String text) {
			return new Cell(text, null, true, 1, 1);
		}

		public static Cell head(String text, int colspan, int rowspan) {
			return new Cell(text, null, true, colspan, rowspan);
		}
	}

	/**
	 * A link: to a document's page, a channel's list, another page of the site (by its path), or
	 * an address of the platform's public pages (an absolute path such as
	 * {@code /disclosure/apply?site=…}), or an http(s) address elsewhere (a provincial service
	 * system's form); {@code detail} is shown beside it (a date, a count).
	 */
	public record Href(String text, Kind kind, long id, @Nullable String path, @Nullable String detail) {

		public enum Kind {
			DOCUMENT, CHANNEL, PAGE, PLATFORM, EXTERNAL
		}

		public static Href document(String text, long documentId, @Nullable String detail) {
			return new Href(text, Kind.DOCUMENT, documentId, null, detail);
		}

		public static Href channel(String text, long channelId, @Nullable String detail) {
			return new Href(text, Kind.CHANNEL, channelId, null, detail);
		}

		public static Href page(String text, String sitePath, @Nullable String detail) {
			return new Href(text, Kind.PAGE, 0, sitePath, detail);
		}

		public static Href platform(String text, String absolutePath) {
			if (!absolutePath.startsWith("/") || absolutePath.startsWith("//")) {
				throw new IllegalArgumentException("A platform address is an absolute path: " + absolutePath);
			}
			return new Href(text, Kind.PLATFORM, 0, absolutePath, null);
		}

		public static Href external(String text, String address) {
			String lower = address.toLowerCase(java.util.Locale.ROOT);
			if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
				throw new IllegalArgumentException("An address elsewhere is an http(s) address: " + address);
			}
			return new Href(text, Kind.EXTERNAL, 0, address, null);
		}
	}
}
