package org.govsite.publish.internal;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the theme's templates get: plain values, ready to show, with links already made relative to
 * the page. User data only ever reaches a page as such a value ({@code th:text}); the one piece of
 * markup, a document's body, was sanitized when it was saved.
 */
public final class Views {

	private Views() {
	}

	/**
	 * What every page shows: header, navigation, breadcrumbs, footer and meta tags. {@code canonical}
	 * and {@code traditionalUrl} are the page's two copies (simplified, traditional), linked with
	 * {@code hreflang}.
	 */
	public record Frame(String lang, String title, String path, String home, List<Meta> meta, String canonical,
			String traditionalUrl, SiteHeader site, List<Link> navigation, List<Link> breadcrumbs, String updatedOn, Assets assets,
			String traditionalHref, String siteMapHref, String rssHref, @Nullable String errorReportHref,
			@Nullable String base) {
	}

	/** A meta tag of SPEC.md §4. */
	public record Meta(String name, String content) {
	}

	/** A link with its text; {@code current} marks where the reader is. */
	public record Link(String text, String href, boolean current) {

		public static Link to(String text, String href) {
			return new Link(text, href, false);
		}
	}

	/** The site in the header and footer. */
	public record SiteHeader(String name, String siteCode, @Nullable String domain, @Nullable String chineseDomain,
			boolean department, @Nullable Link portal, String sponsor, @Nullable String operator,
			@Nullable String address, @Nullable String phone, @Nullable String email, @Nullable String icpNumber,
			@Nullable String publicSecurityNumber, @Nullable String publicSecurityHref, @Nullable String badgeNumber,
			String copyright) {
	}

	/** The theme's files, as links from the page. */
	public record Assets(String css, String js, String emblem, String badge, String report, String icon,
			@Nullable String palette) {
	}

	/** One line of a list: a document, its date and its marks. */
	public record Entry(String title, String href, String date, boolean pinned, boolean external,
			@Nullable String archivedOn, @Nullable String summary) {
	}

	/** A block of the newest entries of a channel (home page, a parent channel's page). */
	public record Block(String title, String moreHref, List<Entry> entries) {
	}

	/** The links between the pages of a list. */
	public record Pager(@Nullable String newest, @Nullable String newer, @Nullable String older,
			@Nullable String oldest, String label) {
	}

	/**
	 * A channel's list page; the newest page of a channel of special topics (专题专栏) shows a
	 * banner for each topic below it ({@code banners}) where others show blocks; {@code emptyNote} is
	 * what a channel with nothing shows: a disclosure channel's explanatory note (SPEC.md §2), else
	 * the plain one.
	 */
	public record ListPage(String name, @Nullable String description, @Nullable String archivedOn,
			List<Link> subchannels, List<Block> blocks, List<Entry> entries, Pager pager, List<Banner> banners,
			String emptyNote) {
	}

	/**
	 * A special topic's page (专题): its banner picture, name and introduction (the body of its
	 * 专题页面 document), a section for each channel below it with its newest items, and its own
	 * items with their pager.
	 */
	public record TopicPage(String name, @Nullable Picture banner, @Nullable String introduction,
			@Nullable String archivedOn, List<Link> subchannels, List<Block> sections, List<Entry> entries, Pager pager) {
	}

	/** A special topic's banner: its name, its page, its picture if it has one, its lead. */
	public record Banner(String title, String href, @Nullable Picture picture, @Nullable String summary) {
	}

	/**
	 * The home page: its sections in the order the site's manager chose ({@code sections}); the
	 * channel blocks of all of them ({@code blocks}) for a site's own older home template.
	 */
	public record HomePage(List<String> notices, List<Block> blocks, List<HomeSection> sections) {
	}

	/**
	 * A section of the home page: its kind ({@code NOTICES}, {@code HEADLINE}, {@code PICTURES},
	 * {@code TABS}, {@code LISTS}, {@code DISCLOSURE}, {@code SERVICES}, {@code INTERACTION},
	 * {@code TOPICS}, {@code SITE_GROUP}), an id to label it by, and what the kind shows: entries as
	 * {@code links} (the group's sites, 政务公开, 办事服务, 互动交流), topics as {@code banners}.
	 */
	public record HomeSection(String kind, String id, String title, @Nullable String moreHref, @Nullable Entry headline,
			List<Slide> slides, List<Block> blocks, List<Link> links, List<Banner> banners) {
	}

	/** A picture of the picture-news carousel, linking to its item; its size and renditions where known. */
	public record Slide(String title, String href, Picture picture, String date) {
	}

	/**
	 * A document's page; for a policy no longer 有效 that names its replacement, the sentence that
	 * leads to it ({@code replacementLead}), its title and, where it is published, its address.
	 */
	public record DocumentPage(String title, @Nullable String subtitle, String type, @Nullable String date,
			@Nullable String firstPublished, @Nullable String source, @Nullable String author, @Nullable String responsibleEditor,
			@Nullable String archivedOn, @Nullable String validity, boolean validityWarning, String body,
			@Nullable Picture cover, List<Download> attachments, @Nullable List<Meta> disclosure,
			List<Link> related, @Nullable String relatedHeading, @Nullable String externalLink, String qrSvg,
			String url, @Nullable String replacementLead, @Nullable String replacementTitle,
			@Nullable String replacementHref) {
	}

	/**
	 * A picture with its text alternative; its size and renditions ({@code srcset}, {@code sizes})
	 * when known.
	 */
	public record Picture(String src, String alt, @Nullable Integer width, @Nullable Integer height,
			@Nullable String srcset, @Nullable String sizes) {
	}

	/**
	 * An attachment to download; a video that browsers play ({@code video/mp4}, {@code video/webm},
	 * {@code video/ogg}) also gets a player on the page, with its media type.
	 */
	public record Download(String name, String href, String size, @Nullable String videoType) {

		private static final Set<String> PLAYABLE = Set.of("video/mp4", "video/webm", "video/ogg");

		static Download of(String name, String href, String size, String mediaType) {
			return new Download(name, href, size, PLAYABLE.contains(mediaType) ? mediaType : null);
		}
	}

	/**
	 * A page another module keeps (the disclosure catalogue, an annual report): its sections, each
	 * with an id to label it by.
	 */
	public record ModulePage(String title, @Nullable String intro, List<Section> sections, @Nullable Pager pager) {
	}

	/** A section of such a page; {@code note} stands in for what it has nothing of. */
	public record Section(String id, String heading, List<String> paragraphs, List<Item> links, List<Table> tables,
			@Nullable String note) {
	}

	/** A link in a section's list, with what is shown beside it (a date, a count); {@code href} null shows the text alone. */
	public record Item(String text, @Nullable String href, @Nullable String detail) {
	}

	/** A table with its caption. */
	public record Table(String caption, List<List<Cell>> head, List<List<Cell>> body) {
	}

	/**
	 * A cell; a header cell has its {@code scope} ({@code col}, {@code colgroup}, {@code row},
	 * {@code rowgroup}), and a link when {@code href} is given.
	 */
	public record Cell(String text, @Nullable String href, boolean header, @Nullable String scope, int colspan,
			int rowspan) {
	}

	/** A node of the site map. */
	public record MapNode(Link link, List<MapNode> children) {
	}
}
