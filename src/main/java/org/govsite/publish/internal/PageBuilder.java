package org.govsite.publish.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govsite.channel.ChannelKind;
import org.govsite.channel.ChannelNode;
import org.govsite.channel.ChannelView;
import org.govsite.content.AttachmentRef;
import org.govsite.content.ChannelEntry;
import org.govsite.content.DisclosureMetadata;
import org.govsite.content.DocumentType;
import org.govsite.content.PublishedDocument;
import org.govsite.content.PublishedDocument.RelatedDocument;
import org.govsite.content.Validity;
import org.govsite.publish.HomeBlockKind;
import org.govsite.publish.SitePage;
import org.govsite.publish.SitePageSource;
import org.govsite.publish.internal.Page.Dependency;
import org.govsite.publish.internal.Views.Block;
import org.govsite.publish.internal.Views.DocumentPage;
import org.govsite.publish.internal.Views.Download;
import org.govsite.publish.internal.Views.Entry;
import org.govsite.publish.internal.Views.Frame;
import org.govsite.publish.internal.Views.HomePage;
import org.govsite.publish.internal.Views.Link;
import org.govsite.publish.internal.Views.ListPage;
import org.govsite.publish.internal.Views.MapNode;
import org.govsite.publish.internal.Views.Meta;
import org.govsite.publish.internal.Views.Pager;
import org.govsite.publish.internal.Views.Picture;
import org.govsite.site.NoticeView;
import org.govsite.site.SitePageFacts;
import org.jspecify.annotations.Nullable;

/**
 * Renders the pages of one site from plain records: a pure function of the site's context, the
 * documents and the list entries it is given, with no database and no Spring. Each page comes with
 * what it depends on.
 */
public final class PageBuilder {

	private static final Pattern ATTACHMENT = Pattern.compile("attachment:(\\d+)");


	private final Theme theme;

	private final SiteContext site;

	private final Pictures pictures;

	private final Map<Long, ChannelView> channels;

	/** What every page of the site, or of a channel, shares: built once for the run. */
	private final SiteViews siteViews;

	/** Header and footer as rendered for a depth and a current channel, with tokens for what differs per page. */
	private final Map<String, Parts> shared = new java.util.concurrent.ConcurrentHashMap<>();

	private static final String TRADITIONAL_TOKEN = "__gs_traditional_href__";

	private static final String ERROR_REPORT_TOKEN = "__gs_error_report_href__";

	private static final String UPDATED_TOKEN = "__gs_updated_on__";

	/** The page's header and footer, ready to insert. */
	public record Parts(String header, String footer) {
	}

	/** The 主办单位 of another site of the group, by its id: the 来源 of a document it lent this site. */
	private final Function<Long, @Nullable String> sponsors;

	public PageBuilder(Theme theme, SiteContext site) {
		this(theme, site, Pictures.NONE);
	}

	/** A builder whose pages give their pictures' sizes and renditions. */
	public PageBuilder(Theme theme, SiteContext site, Pictures pictures) {
		this(theme, site, pictures, siteId -> null);
	}

	/**
	 * The same, naming the sponsor of the site a document comes from where it shows on another site
	 * (采用 of a 报送, 转载 in the group) and its editor entered no 来源.
	 */
	public PageBuilder(Theme theme, SiteContext site, Pictures pictures, Function<Long, @Nullable String> sponsors) {
		this.sponsors = sponsors;
		this.pictures = pictures;
		this.theme = theme;
		this.site = site;
		this.channels = site.channels();
		this.siteViews = new SiteViews(site);
	}

	public SiteContext site() {
		return site;
	}

	// --- pages ----------------------------------------------------------------------------------

	/**
	 * The home page of the defaults before composition: the notices standing on the site, and a
	 * block for each channel given, with its newest entries (from the channel and those below it).
	 */
	public Page home(Map<ChannelView, List<ChannelEntry>> blocks) {
		return home(new HomeContent(List.of(new HomeContent.Part(HomeBlockKind.NOTICES, Map.of(), List.of()),
				new HomeContent.Part(HomeBlockKind.LISTS, blocks, List.of()))));
	}

	/** The home page: its blocks in the order the site's manager chose. */
	Page home(HomeContent content) {
		String path = PageAddresses.HOME;
		Links links = Links.from(path);
		Set<Dependency> dependencies = new LinkedHashSet<>();
		Map<String, Long> pictures = new LinkedHashMap<>();
		List<Views.HomeSection> sections = new ArrayList<>();
		List<Block> allBlocks = new ArrayList<>();
		for (HomeContent.Part part : content.parts()) {
			String id = "gs-home-" + sections.size();
			List<Block> blocks = new ArrayList<>();
			part.channels().forEach((channel, entries) -> {
				blocks.add(block(channel, entries, links, dependencies));
				dependencies.add(Dependency.channel(channel.id()));
			});
			ChannelView first = part.channels().isEmpty() ? null : part.channels().keySet().iterator().next();
			String title = switch (part.kind()) {
				case HEADLINE -> PageText.text("page.home.headline");
				case PICTURES -> PageText.text("page.home.pictures");
				case SITE_GROUP -> PageText.text("page.home.siteGroup");
				case NOTICES -> PageText.text("page.home.notices");
				case DISCLOSURE -> PageText.text("page.home.disclosure");
				case SERVICES -> PageText.text("page.home.services");
				case INTERACTION -> PageText.text("page.home.interaction");
				case TOPICS -> PageText.text("page.home.topics");
				default -> first == null ? "" : first.name();
			};
			List<Link> entryLinks = new ArrayList<>(part.links());
			if (part.kind() == HomeBlockKind.DISCLOSURE || part.kind() == HomeBlockKind.SERVICES
					|| part.kind() == HomeBlockKind.INTERACTION) {
				// a channel named as a mailbox (县长信箱) only repeats the mailbox's own entry
				part.channels().keySet().forEach(channel -> entries(channel, links).stream()
					.filter(entry -> entryLinks.stream().noneMatch(link -> link.text().equals(entry.text())))
					.forEach(entryLinks::add));
			}
			List<Views.Banner> banners = new ArrayList<>();
			for (HomeContent.Topic topic : part.topics()) {
				banners.add(banner(topic, links, dependencies, pictures, BANNER_SIZES));
			}
			Entry headline = null;
			List<Views.Slide> slides = new ArrayList<>();
			if (part.kind() == HomeBlockKind.HEADLINE && first != null && !part.channels().get(first).isEmpty()) {
				headline = entry(part.channels().get(first).get(0), links, site.zone());
			}
			if (part.kind() == HomeBlockKind.PICTURES && first != null) {
				for (ChannelEntry entry : part.channels().get(first)) {
					if (entry.cover() != null) {
						// the title below the picture says what it shows: the picture itself is decoration
						Picture picture = this.pictures.picture(entry.cover().id(), PageAddresses.file(entry.cover()), "",
								links, pictures, Pictures.WIDE);
						Entry view = entry(entry, links, site.zone());
						slides.add(new Views.Slide(entry.title(), view.href(), picture, view.date()));
					}
				}
			}
			if (part.kind() == HomeBlockKind.TABS || part.kind() == HomeBlockKind.LISTS) {
				allBlocks.addAll(blocks);
			}
			sections.add(new Views.HomeSection(part.kind().name(), id, title,
					first == null ? null : channelHref(first, links), headline, slides, blocks, entryLinks, banners));
		}
		LocalDate today = site.now().atZone(site.zone()).toLocalDate();
		List<String> notices = site.notices().stream().filter(notice -> notice.shownOn(today)).map(NoticeView::text).toList();
		Frame frame = frame(path, null, PageMeta.home(site), List.of(), site.lastUpdateDay(), null);
		return new Page(path, render("home", frame, "home", new HomePage(notices, allBlocks, sections)), dependencies,
				pictures);
	}

	/**
	 * A list page of a channel: page {@code number} of its layout (0 is {@code index.html}), showing
	 * the given entries; the newest page of a channel with channels below it also shows a block for
	 * each of them.
	 */
	public Page channelPage(ChannelView channel, ListLayout layout, int number, List<ChannelEntry> entries,
			Map<ChannelView, List<ChannelEntry>> childBlocks) {
		return channelPage(channel, layout, number, entries, childBlocks, List.of());
	}

	/**
	 * The same; the newest page of a channel of special topics (专题专栏) shows a banner for each of
	 * its {@code topics} rather than a block.
	 */
	Page channelPage(ChannelView channel, ListLayout layout, int number, List<ChannelEntry> entries,
			Map<ChannelView, List<ChannelEntry>> childBlocks, List<HomeContent.Topic> topics) {
		String path = PageAddresses.channelPage(channel.path(), number);
		Links links = Links.from(path);
		Set<Dependency> dependencies = new LinkedHashSet<>();
		dependencies.add(Dependency.channel(channel.id()));
		List<Entry> views = entries.stream().map(entry -> {
			dependencies.add(Dependency.document(entry.documentId()));
			return entry(entry, links, site.zone());
		}).toList();
		List<Block> blocks = new ArrayList<>();
		childBlocks.forEach((child, childEntries) -> blocks.add(block(child, childEntries, links, dependencies)));
		ChannelNode node = site.node(channel.id());
		List<Link> subchannels = node == null ? List.of()
				: node.children().stream().filter(child -> child.channel().shownInNavigation())
					.map(child -> Link.to(child.channel().name(), channelHref(child.channel(), links))).toList();
		LocalDate updated = entries.stream().map(ChannelEntry::publishedAt).max(Comparator.naturalOrder())
			.map(at -> at.atZone(site.zone()).toLocalDate())
			.orElse(channel.createdAt().atZone(site.zone()).toLocalDate());
		String title = number == 0 ? channel.name()
				: PageText.text("page.list.numberedTitle", channel.name(), layout.readerNumber(number));
		Frame frame = frame(path, title, siteViews.columnMeta(channel), crumbs(channel, links, false), updated, channel);
		Map<String, Long> files = new LinkedHashMap<>();
		List<Views.Banner> banners = new ArrayList<>();
		for (HomeContent.Topic topic : topics) {
			banners.add(banner(topic, links, dependencies, files, BANNER_SIZES));
		}
		ListPage list = new ListPage(channel.name(), channel.description(),
				channel.archivedOn() == null ? null : PageText.day(channel.archivedOn()), subchannels,
				banners.isEmpty() ? blocks : List.of(), views, pager(channel, layout, number, links), banners,
				emptyNote(channel));
		return new Page(path, render("list", frame, "list", list), dependencies, files);
	}

	/**
	 * The newest page of a special topic (专题): its banner (the cover of its 专题页面 document
	 * {@code landing}) with the topic's name and that document's text as introduction, a section for
	 * each channel below it ({@code sections}, with their newest entries), then its own entries but
	 * the landing page, with the pager of its list. {@code files} gives the site path of a picture
	 * in the introduction.
	 */
	Page topicPage(ChannelView channel, ListLayout layout, List<ChannelEntry> entries,
			Map<ChannelView, List<ChannelEntry>> sections, PublishedDocument landing, Function<Long, String> files) {
		String path = PageAddresses.channelPage(channel.path(), 0);
		Links links = Links.from(path);
		Set<Dependency> dependencies = new LinkedHashSet<>();
		dependencies.add(Dependency.channel(channel.id()));
		dependencies.add(Dependency.document(landing.id()));
		Map<String, Long> attachments = new LinkedHashMap<>();
		Function<Long, String> fileOf = id -> {
			String filePath = landing.cover() != null && landing.cover().id() == id ? PageAddresses.file(landing.cover())
					: files.apply(id);
			attachments.put(filePath, id);
			return filePath;
		};
		String introduction = landing.body().isBlank() ? null
				: rewriteAttachments(pictures.sized(landing.body(), fileOf, links, attachments), links, fileOf);
		Picture banner = landing.cover() == null ? null
				: pictures.picture(landing.cover().id(), fileOf.apply(landing.cover().id()), "", links, attachments,
						Pictures.WIDE);
		List<Entry> views = entries.stream().filter(entry -> entry.documentId() != landing.id()).map(entry -> {
			dependencies.add(Dependency.document(entry.documentId()));
			return entry(entry, links, site.zone());
		}).toList();
		List<Block> blocks = new ArrayList<>();
		sections.forEach((child, childEntries) -> blocks.add(block(child, childEntries, links, dependencies)));
		ChannelNode node = site.node(channel.id());
		List<Link> subchannels = node == null ? List.of()
				: node.children().stream().filter(child -> child.channel().shownInNavigation())
					.map(child -> Link.to(child.channel().name(), channelHref(child.channel(), links))).toList();
		LocalDate updated = entries.stream().map(ChannelEntry::publishedAt).max(Comparator.naturalOrder())
			.map(at -> at.atZone(site.zone()).toLocalDate())
			.orElse(channel.createdAt().atZone(site.zone()).toLocalDate());
		Frame frame = frame(path, channel.name(), siteViews.columnMeta(channel), crumbs(channel, links, false), updated,
				channel);
		Views.TopicPage topic = new Views.TopicPage(channel.name(), banner, introduction,
				channel.archivedOn() == null ? null : PageText.day(channel.archivedOn()), subchannels, blocks, views,
				pager(channel, layout, 0, links));
		return new Page(path, render("topic", frame, "topic", topic), dependencies, attachments);
	}

	/**
	 * A document's page. {@code primary} is the channel it shows under in this site (breadcrumbs and
	 * column meta tags); {@code related} gives the address of a linked document, or null if it is
	 * not published; {@code files} the site path of an attachment pictured in the body.
	 */
	public Page document(PublishedDocument document, @Nullable ChannelView primary,
			Function<RelatedDocument, @Nullable String> related, Function<Long, String> files) {
		return document(document, primary, related, files, false);
	}

	/**
	 * The same, for a preview: a preview is not a release, so the page shows no 发布时间 (a draft has
	 * none yet, and a version not yet released has not been published when it was).
	 */
	public Page document(PublishedDocument document, @Nullable ChannelView primary,
			Function<RelatedDocument, @Nullable String> related, Function<Long, String> files, boolean preview) {
		String path = PageAddresses.document(document.id());
		Links links = Links.from(path);
		Set<Dependency> dependencies = new LinkedHashSet<>();
		dependencies.add(Dependency.documentPage(document.id()));
		Map<String, Long> attachments = new LinkedHashMap<>();
		Map<Long, AttachmentRef> known = new HashMap<>();
		if (document.cover() != null) {
			known.put(document.cover().id(), document.cover());
		}
		document.attachments().forEach(attachment -> known.put(attachment.id(), attachment));
		Function<Long, String> fileOf = id -> {
			AttachmentRef ref = known.get(id);
			String filePath = ref == null ? files.apply(id) : PageAddresses.file(ref);
			attachments.put(filePath, id);
			return filePath;
		};
		String body = rewriteAttachments(pictures.sized(document.body(), fileOf, links, attachments), links, fileOf);
		Picture cover = document.cover() == null ? null
				: pictures.picture(document.cover().id(), fileOf.apply(document.cover().id()), document.title(), links,
						attachments);
		List<Download> downloads = document.attachments().stream()
			.map(attachment -> Download.of(attachment.fileName(), links.to(fileOf.apply(attachment.id())),
					PageText.size(attachment.size()), attachment.mediaType()))
			.toList();
		List<Link> relatedLinks = new ArrayList<>();
		for (RelatedDocument other : document.related()) {
			String target = related.apply(other);
			if (target != null) {
				dependencies.add(Dependency.document(other.id()));
				relatedLinks.add(Link.to(other.title(), target.contains("://") ? target : links.to(target)));
			}
		}
		String url = site.url(path);
		String source = PageMeta.source(document);
		if (source == null && document.siteId() != site.site().id()) {
			source = sponsors.apply(document.siteId());
		}
		Validity validity = document.disclosure() == null ? null : document.disclosure().validity();
		RelatedDocument replacement = validity == null || validity == Validity.VALID ? null : document.replacedBy();
		String replacementHref = null;
		if (replacement != null) {
			dependencies.add(Dependency.document(replacement.id()));
			String target = related.apply(replacement);
			replacementHref = target == null ? null : target.contains("://") ? target : links.to(target);
		}
		// a display date earlier than the real first publication (倒签) is shown as what it is
		boolean backdated = document.publishedAt().atZone(site.zone()).toLocalDate()
			.isBefore(document.firstPublishedAt().atZone(site.zone()).toLocalDate());
		DocumentPage page = new DocumentPage(document.title(), document.subtitle(),
				PageText.label("page.documentType", document.type()),
				preview ? null : PageText.minute(document.publishedAt(), site.zone()),
				backdated && !preview ? PageText.minute(document.firstPublishedAt(), site.zone()) : null, source, document.author(), document.responsibleEditor(),
				document.archivedOn() == null ? null : PageText.day(document.archivedOn()),
				validity == null ? null : PageText.label("page.validity", validity),
				validity != null && validity != Validity.VALID, body, cover, downloads,
				document.disclosure() == null ? null : disclosureRows(document.disclosure()), relatedLinks,
				relatedHeading(document.type(), relatedLinks), document.linkUrl(),
				QrCode.svg(url, PageText.text("page.qr.label")), url,
				replacement == null ? null : PageText.label("page.replacement", validity),
				replacement == null ? null : replacement.title(), replacementHref);
		List<Meta> meta = new ArrayList<>(primary == null ? List.of() : siteViews.columnMeta(primary));
		meta.addAll(PageMeta.document(document, source, primary, url,
				cover == null ? null : site.baseUrl() + fileOf.apply(document.cover().id()), site.zone()));
		List<Link> crumbs = primary == null ? new ArrayList<>(List.of(Link.to(PageText.text("page.home"), links.home())))
				: new ArrayList<>(crumbs(primary, links, true));
		crumbs.add(new Link(PageText.text("page.crumb.document"), "", true));
		Frame frame = frame(path, document.title(), meta, crumbs,
				document.updatedAt().atZone(site.zone()).toLocalDate(), primary);
		return new Page(path, render("detail", frame, "doc", page), dependencies, attachments);
	}

	/** The site map (网站地图): every channel shown in navigation, as a tree. */
	public Page siteMap() {
		return siteMap(List.of());
	}

	/** The site map, with the pages other modules list in it ({@link SitePageSource#siteMapEntries}) below the channels. */
	public Page siteMap(List<SitePage.Href> entries) {
		String path = PageAddresses.SITE_MAP;
		Links links = Links.from(path);
		Frame frame = frame(path, PageText.text("page.siteMap"), List.of(),
				List.of(Link.to(PageText.text("page.home"), links.home()), new Link(PageText.text("page.siteMap"), "", true)),
				site.lastUpdateDay(), null);
		List<MapNode> nodes = new ArrayList<>(mapNodes(site.tree(), links));
		for (SitePage.Href entry : entries) {
			String href = href(entry, links);
			if (href != null) {
				nodes.add(new MapNode(Link.to(entry.text(), href), List.of()));
			}
		}
		return new Page(path, render("sitemap", frame, "nodes", nodes), Set.of());
	}

	/**
	 * A page another module keeps ({@link SitePage}), in the theme's {@code page} template: links
	 * to documents, channels and the site's pages made relative, a channel the site no longer has
	 * shown as plain text.
	 */
	public Page sitePage(SitePage page) {
		String path = page.path();
		Links links = Links.from(path);
		List<Link> crumbs = new ArrayList<>();
		crumbs.add(Link.to(PageText.text("page.home"), links.home()));
		for (SitePage.Href crumb : page.crumbs()) {
			String href = href(crumb, links);
			crumbs.add(href == null ? new Link(crumb.text(), "", false) : Link.to(crumb.text(), href));
		}
		crumbs.add(new Link(page.title(), "", true));
		List<Views.Section> sections = new ArrayList<>();
		for (SitePage.Section section : page.sections()) {
			List<Views.Item> items = section.links().stream()
				.map(link -> new Views.Item(link.text(), href(link, links), link.detail()))
				.toList();
			List<Views.Table> tables = section.tables().stream()
				.map(table -> new Views.Table(table.caption(), cells(table.head(), links, true), cells(table.body(), links, false)))
				.toList();
			sections.add(new Views.Section("gs-section-" + (sections.size() + 1), section.heading(), section.paragraphs(),
					items, tables, section.note()));
		}
		Frame frame = frame(path, page.title(), List.of(), crumbs, page.updatedOn(), null);
		return new Page(path, render("page", frame, "page",
				new Views.ModulePage(page.title(), page.intro(), sections, pager(page.pager(), links))), Set.of());
	}

	/**
	 * What an empty list says: in the disclosure area (a disclosure channel, or one below it) that
	 * there is nothing to disclose yet and when there will be, since an empty disclosure channel
	 * must explain itself rather than look forgotten.
	 */
	private String emptyNote(ChannelView channel) {
		boolean disclosure = site.pathTo(channel.id()).stream().anyMatch(c -> c.kind() == ChannelKind.DISCLOSURE);
		return PageText.text(disclosure ? "page.list.emptyDisclosure" : "page.list.empty");
	}

	private List<List<Views.Cell>> cells(List<List<SitePage.Cell>> rows, Links links, boolean head) {
		List<List<Views.Cell>> views = new ArrayList<>();
		for (List<SitePage.Cell> row : rows) {
			List<Views.Cell> cells = new ArrayList<>();
			for (SitePage.Cell cell : row) {
				String scope = !cell.header() ? null
						: head ? (cell.colspan() > 1 ? "colgroup" : "col") : (cell.rowspan() > 1 ? "rowgroup" : "row");
				cells.add(new Views.Cell(cell.text(), cell.link() == null ? null : href(cell.link(), links), cell.header(), scope,
						cell.colspan(), cell.rowspan()));
			}
			views.add(cells);
		}
		return views;
	}

	private @Nullable String href(SitePage.Href link, Links links) {
		return switch (link.kind()) {
			case DOCUMENT -> links.to(PageAddresses.document(link.id()));
			case CHANNEL -> {
				ChannelView channel = channels.get(link.id());
				yield channel == null ? null : channelHref(channel, links);
			}
			case PAGE -> links.to(PageAddresses.linkPath(java.util.Objects.requireNonNull(link.path())));
			case PLATFORM, EXTERNAL -> link.path();
		};
	}

	/** The page a web server shows for a missing address. It links from the site root. */
	public Page notFound() {
		String path = PageAddresses.NOT_FOUND;
		Links links = Links.from(path);
		Frame frame = frame(path, PageText.text("page.notFound"), List.of(),
				List.of(Link.to(PageText.text("page.home"), links.home())), site.lastUpdateDay(), null);
		return new Page(path, render("notfound", frame), Set.of());
	}

	// --- feeds ----------------------------------------------------------------------------------

	/** The site's RSS feed: its newest entries. */
	public Page rss(List<ChannelEntry> newest) {
		StringBuilder xml = new StringBuilder(4096);
		xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>")
			.append("<title>").append(Html.escape(site.site().name())).append("</title>")
			.append("<link>").append(Html.escape(site.baseUrl())).append("</link>")
			.append("<description>").append(Html.escape(PageText.text("page.rss.description", site.site().name())))
			.append("</description><language>zh-cn</language>");
		Set<Dependency> dependencies = new LinkedHashSet<>();
		for (ChannelEntry entry : newest) {
			dependencies.add(Dependency.document(entry.documentId()));
			String link = entry.linkUrl() != null ? entry.linkUrl()
					: site.url(PageAddresses.document(entry.documentId()));
			xml.append("<item><title>").append(Html.escape(entry.title())).append("</title><link>")
				.append(Html.escape(link)).append("</link><guid>").append(Html.escape(link)).append("</guid><pubDate>")
				.append(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(entry.publishedAt().atZone(site.zone())))
				.append("</pubDate>");
			if (entry.summary() != null) {
				xml.append("<description>").append(Html.escape(entry.summary())).append("</description>");
			}
			xml.append("</item>");
		}
		xml.append("</channel></rss>\n");
		return new Page(PageAddresses.RSS, xml.toString(), dependencies);
	}

	/** {@code sitemap.xml}: the index of the site's sitemaps. */
	public Page sitemapIndex(List<String> chunks) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
		List<String> all = new ArrayList<>();
		all.add(PageAddresses.SITEMAP_CHANNELS);
		all.addAll(chunks);
		for (String chunk : all) {
			xml.append("<sitemap><loc>").append(Html.escape(site.baseUrl() + chunk)).append("</loc></sitemap>");
		}
		return new Page(PageAddresses.SITEMAP_XML, xml.append("</sitemapindex>\n").toString(), Set.of());
	}

	/** {@code sitemap-channels.xml}: the home page and every channel's newest page. */
	public Page sitemapChannels() {
		Map<String, @Nullable LocalDate> urls = new LinkedHashMap<>();
		urls.put(PageAddresses.HOME, null);
		for (ChannelView channel : channels.values()) {
			urls.put(PageAddresses.channelPage(channel.path(), 0), null);
		}
		return new Page(PageAddresses.SITEMAP_CHANNELS, urlSet(urls), Set.of());
	}

	/** {@code sitemap-<n>.xml}: the pages of documents, by path, with their last change. */
	public Page sitemapDocuments(String name, Map<String, @Nullable LocalDate> documentPages) {
		return new Page(name, urlSet(documentPages), Set.of());
	}

	private String urlSet(Map<String, @Nullable LocalDate> urls) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
		urls.forEach((path, modified) -> {
			xml.append("<url><loc>").append(Html.escape(site.url(path))).append("</loc>");
			if (modified != null) {
				xml.append("<lastmod>").append(PageText.day(modified)).append("</lastmod>");
			}
			xml.append("</url>");
		});
		return xml.append("</urlset>\n").toString();
	}

	// --- parts ----------------------------------------------------------------------------------

	private Frame frame(String path, @Nullable String title, List<Meta> extraMeta, List<Link> crumbs, LocalDate updated,
			@Nullable ChannelView channel) {
		Links links = Links.from(path);
		SitePageFacts facts = site.site();
		List<Meta> meta = new ArrayList<>(siteViews.siteMeta().size() + extraMeta.size());
		meta.addAll(siteViews.siteMeta());
		meta.addAll(extraMeta);
		// an unknown value (no author, no picture) leaves its tag out rather than empty
		meta.removeIf(tag -> tag.content().isBlank());
		List<Link> navigation = siteViews.navigation(links, siteViews.firstLevel(channel), path.equals(PageAddresses.HOME));
		String url = site.url(path);
		String errorReport = facts.errorReportEnabled() && facts.siteCode() != null
				? "https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=" + facts.siteCode() + "&url="
						+ URLEncoder.encode(url, StandardCharsets.UTF_8)
				: null;
		return new Frame("zh-CN", title == null ? facts.name() : title + " - " + facts.name(), path, links.home(), meta,
				url, site.url(PageAddresses.TRADITIONAL + path), siteViews.header(), navigation, crumbs, PageText.day(updated), siteViews.assets(links),
				links.to(PageAddresses.TRADITIONAL + PageAddresses.linkPath(path)), links.to(PageAddresses.SITE_MAP),
				links.to(PageAddresses.RSS), errorReport, path.equals(PageAddresses.NOT_FOUND) ? "/" : null);
	}

	/**
	 * The header and footer of a page: many pages share them but for a link or a date, so they are
	 * rendered once per depth and current channel (with tokens in place of those) and the page's
	 * own values put in. A site's own {@code layout} template is used as any other.
	 */
	private Parts parts(Frame frame) {
		int current = -1;
		for (int i = 0; i < frame.navigation().size(); i++) {
			if (frame.navigation().get(i).current()) {
				current = i;
			}
		}
		String key = frame.home() + "|" + current + "|" + (frame.errorReportHref() != null);
		Parts template = shared.computeIfAbsent(key, k -> {
			Frame tokens = new Frame(frame.lang(), frame.title(), frame.path(), frame.home(), frame.meta(), frame.canonical(),
					frame.traditionalUrl(), frame.site(), frame.navigation(), frame.breadcrumbs(), UPDATED_TOKEN, frame.assets(), TRADITIONAL_TOKEN,
					frame.siteMapHref(), frame.rssHref(), frame.errorReportHref() == null ? null : ERROR_REPORT_TOKEN,
					frame.base());
			Map<String, Object> variables = Map.of("frame", tokens);
			return new Parts(theme.fragment("layout", "header", variables), theme.fragment("layout", "footer", variables));
		});
		String footer = template.footer().replace(UPDATED_TOKEN, Html.escape(frame.updatedOn()));
		if (frame.errorReportHref() != null) {
			footer = footer.replace(ERROR_REPORT_TOKEN, Html.escape(frame.errorReportHref()));
		}
		return new Parts(template.header().replace(TRADITIONAL_TOKEN, Html.escape(frame.traditionalHref())), footer);
	}

	private String render(String template, Frame frame, String name, Object page) {
		return theme.render(template, Map.of("frame", frame, "parts", parts(frame), name, page));
	}

	private String render(String template, Frame frame) {
		return theme.render(template, Map.of("frame", frame, "parts", parts(frame)));
	}

	private List<Link> crumbs(ChannelView channel, Links links, boolean lastIsLink) {
		return siteViews.crumbs(channel, links, lastIsLink);
	}

	private Block block(ChannelView channel, List<ChannelEntry> entries, Links links, Set<Dependency> dependencies) {
		List<Entry> views = entries.stream().map(entry -> {
			dependencies.add(Dependency.document(entry.documentId()));
			return entry(entry, links, site.zone());
		}).toList();
		return new Block(channel.name(), channelHref(channel, links), views);
	}

	/** A channel's entries as the home page links them: a link to each channel below it shown in navigation, else to itself. */
	private List<Link> entries(ChannelView channel, Links links) {
		ChannelNode node = site.node(channel.id());
		List<Link> entries = new ArrayList<>();
		if (node != null) {
			for (ChannelNode child : node.children()) {
				if (child.channel().shownInNavigation()) {
					entries.add(Link.to(child.channel().name(), channelHref(child.channel(), links)));
				}
			}
		}
		if (entries.isEmpty()) {
			entries.add(Link.to(channel.name(), channelHref(channel, links)));
		}
		return entries;
	}

	/** A topic's banner: it leads to the topic's page; its picture is its landing page's cover. */
	private Views.Banner banner(HomeContent.Topic topic, Links links, Set<Dependency> dependencies, Map<String, Long> files,
			String sizes) {
		dependencies.add(Dependency.channel(topic.channel().id()));
		ChannelEntry landing = topic.landing();
		Picture picture = null;
		if (landing != null) {
			dependencies.add(Dependency.document(landing.documentId()));
			if (landing.cover() != null) {
				// the banner's name says what it shows: the picture itself is decoration
				picture = pictures.picture(landing.cover().id(), PageAddresses.file(landing.cover()), "", links, files, sizes);
			}
		}
		return new Views.Banner(topic.channel().name(), channelHref(topic.channel(), links), picture,
				landing == null ? null : landing.summary());
	}

	/** Banners stand two or three to a row on a wide screen, one on a phone. */
	static final String BANNER_SIZES = "(max-width: 767px) 100vw, 584px";

	private static Entry entry(ChannelEntry entry, Links links, ZoneId zone) {
		boolean external = entry.linkUrl() != null;
		String href = external ? entry.linkUrl() : links.to(PageAddresses.document(entry.documentId()));
		return new Entry(entry.title(), href, PageText.day(entry.publishedAt(), zone), entry.pinned(), external,
				entry.archivedOn() == null ? null : PageText.day(entry.archivedOn()), entry.summary());
	}

	private static String channelHref(ChannelView channel, Links links) {
		return SiteViews.channelHref(channel, links);
	}

	private static Pager pager(ChannelView channel, ListLayout layout, int number, Links links) {
		int numbered = layout.numbered();
		Function<Integer, String> href = n -> links.to(PageAddresses.linkPath(PageAddresses.channelPage(channel.path(), n)));
		if (number == 0) {
			return new Pager(null, null, numbered > 0 ? href.apply(numbered) : null, numbered > 0 ? href.apply(1) : null,
					PageText.text("page.pager.label", 1, layout.pages(), layout.total()));
		}
		String newer = href.apply(number == numbered ? 0 : number + 1);
		return new Pager(href.apply(0), newer, number > 1 ? href.apply(number - 1) : null,
				number > 1 ? href.apply(1) : null,
				PageText.text("page.pager.label", layout.readerNumber(number), layout.pages(), layout.total()));
	}

	/** The pager of a module's list page, its links made relative as a channel list's. */
	private static @Nullable Pager pager(SitePage.@Nullable Pager pager, Links links) {
		if (pager == null) {
			return null;
		}
		Function<@Nullable String, @Nullable String> href = path -> path == null ? null
				: links.to(PageAddresses.linkPath(path));
		return new Pager(href.apply(pager.newest()), href.apply(pager.newer()), href.apply(pager.older()),
				href.apply(pager.oldest()), PageText.text("page.pager.label", pager.number(), pager.pages(), pager.total()));
	}

	private List<MapNode> mapNodes(List<ChannelNode> nodes, Links links) {
		return nodes.stream()
			.filter(node -> node.channel().shownInNavigation())
			.map(node -> new MapNode(Link.to(node.channel().name(), channelHref(node.channel(), links)),
					mapNodes(node.children(), links)))
			.toList();
	}

	private static List<Meta> disclosureRows(DisclosureMetadata disclosure) {
		List<Meta> rows = new ArrayList<>();
		rows.add(new Meta(PageText.text("page.disclosure.indexNumber"), disclosure.indexNumber()));
		rows.add(new Meta(PageText.text("page.disclosure.subjectCategory"), disclosure.subjectCategory()));
		rows.add(new Meta(PageText.text("page.disclosure.issuer"), disclosure.issuer()));
		rows.add(new Meta(PageText.text("page.disclosure.documentNumber"), orDash(disclosure.documentNumber())));
		rows.add(new Meta(PageText.text("page.disclosure.writtenOn"), dayOrDash(disclosure.writtenOn())));
		rows.add(new Meta(PageText.text("page.disclosure.disclosedOn"), dayOrDash(disclosure.disclosedOn())));
		rows.add(new Meta(PageText.text("page.disclosure.effectiveOn"), dayOrDash(disclosure.effectiveOn())));
		rows.add(new Meta(PageText.text("page.disclosure.effectLevel"), orDash(disclosure.effectLevel())));
		rows.add(new Meta(PageText.text("page.disclosure.validity"), PageText.label("page.validity", disclosure.validity())));
		rows.add(new Meta(PageText.text("page.disclosure.mode"), PageText.label("page.disclosureMode", disclosure.mode())));
		rows.add(new Meta(PageText.text("page.disclosure.subjectWords"),
				disclosure.subjectWords().isEmpty() ? "—" : String.join("；", disclosure.subjectWords())));
		if (disclosure.overview() != null) {
			rows.add(new Meta(PageText.text("page.disclosure.overview"), disclosure.overview()));
		}
		return rows;
	}

	private static @Nullable String relatedHeading(DocumentType type, List<Link> related) {
		if (related.isEmpty()) {
			return null;
		}
		return PageText.text(switch (type) {
			case POLICY -> "page.related.interpretations";
			case INTERPRETATION -> "page.related.policies";
			default -> "page.related.other";
		});
	}

	private static String orDash(@Nullable String value) {
		return value == null || value.isBlank() ? "—" : value;
	}

	private static String dayOrDash(@Nullable LocalDate date) {
		return date == null ? "—" : PageText.day(date);
	}

	/** Points the body's {@code attachment:<id>} references at the published files. */
	static String rewriteAttachments(String body, Links links, Function<Long, String> fileOf) {
		Matcher matcher = ATTACHMENT.matcher(body);
		if (!matcher.find()) {
			return body;
		}
		StringBuilder out = new StringBuilder(body.length() + 64);
		do {
			matcher.appendReplacement(out, Matcher.quoteReplacement(links.to(fileOf.apply(Long.parseLong(matcher.group(1))))));
		}
		while (matcher.find());
		matcher.appendTail(out);
		return out.toString();
	}

	/** The instant a document page was last changed, for sitemaps. */
	static LocalDate dayOf(Instant instant, ZoneId zone) {
		return instant.atZone(zone).toLocalDate();
	}
}
