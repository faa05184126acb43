package org.govsite.publish.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.govsite.channel.ChannelKind;
import org.govsite.channel.ChannelNode;
import org.govsite.channel.ChannelView;
import org.govsite.content.ChannelEntry;
import org.govsite.content.ContentCatalog;
import org.govsite.content.DocumentType;
import org.govsite.content.PublishedDocument;
import org.govsite.publish.HomeBlock;
import org.govsite.publish.HomeBlockKind;
import org.govsite.publish.internal.Views.Link;
import org.jspecify.annotations.Nullable;

/**
 * The pages of one site, each rendered from what the content catalog holds now: the page builder
 * fed with the catalog's documents and entries.
 */
public final class SitePages {

	/** How many pictures the picture-news carousel shows. */
	private static final int PICTURES = 5;

	private final PageBuilder builder;

	private final ContentCatalog catalog;

	private final PublishProperties settings;

	private final DocumentPlaces places;

	private final Function<Long, String> files;

	private final Map<Long, ChannelView> channels;

	private final Map<Long, ListLayout> layouts = new java.util.concurrent.ConcurrentHashMap<>();

	private final Map<Long, List<ChannelEntry>> topEntries = new java.util.concurrent.ConcurrentHashMap<>();

	/** Reads the sitemap chunks' document pages (path to last change), from what is published. */
	private final Function<Long, Map<String, @Nullable LocalDate>> chunkPages;

	private final java.util.function.Supplier<List<String>> chunkNames;

	/** The home page's blocks: the manager's or the defaults; and the group's other sites. */
	private final List<HomeBlock> homeBlocks;

	private final java.util.function.Supplier<List<Link>> siteGroup;

	/** 互动交流: the site's mailboxes and letter pages, by their addresses. */
	private final java.util.function.Supplier<List<Link>> letters;

	/** 政务公开: the reports the home page links to (the annual website report). */
	private final java.util.function.Supplier<List<Link>> reports;

	private final java.util.function.Supplier<List<org.govsite.publish.SitePage.Href>> siteMapEntries;

	public SitePages(PageBuilder builder, ContentCatalog catalog, PublishProperties settings, DocumentPlaces places,
			Function<Long, String> files, Function<Long, Map<String, @Nullable LocalDate>> chunkPages,
			java.util.function.Supplier<List<String>> chunkNames, List<HomeBlock> homeBlocks,
			java.util.function.Supplier<List<Link>> siteGroup) {
		this(builder, catalog, settings, places, files, chunkPages, chunkNames, homeBlocks, siteGroup, List::of, List::of, List::of);
	}

	public SitePages(PageBuilder builder, ContentCatalog catalog, PublishProperties settings, DocumentPlaces places,
			Function<Long, String> files, Function<Long, Map<String, @Nullable LocalDate>> chunkPages,
			java.util.function.Supplier<List<String>> chunkNames, List<HomeBlock> homeBlocks,
			java.util.function.Supplier<List<Link>> siteGroup, java.util.function.Supplier<List<Link>> letters,
			java.util.function.Supplier<List<Link>> reports,
			java.util.function.Supplier<List<org.govsite.publish.SitePage.Href>> siteMapEntries) {
		this.siteMapEntries = siteMapEntries;
		this.letters = letters;
		this.reports = reports;
		this.homeBlocks = homeBlocks;
		this.siteGroup = siteGroup;
		this.builder = builder;
		this.catalog = catalog;
		this.settings = settings;
		this.places = places;
		this.files = files;
		this.channels = builder.site().channels();
		this.chunkPages = chunkPages;
		this.chunkNames = chunkNames;
	}

	public SiteContext site() {
		return builder.site();
	}

	/** The page as it should be now; empty if the site no longer has it. */
	public Optional<Page> render(Target target) {
		return switch (target) {
			case Target.Home home -> Optional.of(builder.home(homeContent()));
			case Target.ChannelPage page -> channelPage(page.channelId(), page.number());
			case Target.DocumentPage page -> catalog.published(page.documentId()).flatMap(this::document);
			case Target.SiteMap map -> Optional.of(builder.siteMap(siteMapEntries.get()));
			case Target.NotFound notFound -> Optional.of(builder.notFound());
			case Target.Rss rss -> Optional.of(builder.rss(newest(List.copyOf(channels.keySet()), settings.feedEntries())));
			case Target.SitemapIndex index -> Optional.of(builder.sitemapIndex(chunkNames.get()));
			case Target.SitemapChannels list -> Optional.of(builder.sitemapChannels());
			case Target.SitemapChunk chunk -> {
				Map<String, @Nullable LocalDate> pages = chunkPages.apply(chunk.number());
				yield pages.isEmpty() ? Optional.empty()
						: Optional.of(builder.sitemapDocuments("sitemap-" + chunk.number() + ".xml", pages));
			}
		};
	}

	/** A document's page in this site, if it is placed here. */
	public Optional<Page> document(PublishedDocument document) {
		Long primary = places.primaryChannel(document.id());
		if (primary == null) {
			return Optional.empty();
		}
		return Optional.of(builder.document(document, channels.get(primary), places::href, files));
	}

	/** How a channel's entries are paged now (counted once per run). */
	public ListLayout layout(long channelId) {
		return layouts.computeIfAbsent(channelId,
				id -> new ListLayout(catalog.countEntries(id, site().now()), settings.pageSize()));
	}

	/** The list page of a channel, if the channel has that page now. */
	public Optional<Page> channelPage(long channelId, int number) {
		ChannelView channel = channels.get(channelId);
		if (channel == null) {
			return Optional.empty();
		}
		return channelPage(channel, layout(channelId), number);
	}

	public Optional<Page> channelPage(ChannelView channel, ListLayout layout, int number) {
		if (number > layout.numbered()) {
			return Optional.empty();
		}
		return Optional.of(channelPage(channel, layout, number, entries(channel.id(), layout, number)));
	}

	/**
	 * A list page showing the given entries (read by the caller, who also notes where they are). The
	 * newest page of a special topic that has its 专题页面 is the topic's page; that of a channel of
	 * topics (专题专栏) shows their banners.
	 */
	public Page channelPage(ChannelView channel, ListLayout layout, int number, List<ChannelEntry> entries) {
		Optional<PublishedDocument> landing = Optional.empty();
		List<HomeContent.Topic> topics = List.of();
		if (number == 0 && channel.kind() == ChannelKind.TOPIC) {
			ChannelEntry entry = landing(channel, entries);
			landing = entry == null ? Optional.empty() : catalog.published(entry.documentId());
			topics = landing.isEmpty() ? topicsBelow(channel) : List.of();
		}
		Map<ChannelView, List<ChannelEntry>> blocks = new LinkedHashMap<>();
		ChannelNode node = site().node(channel.id());
		if (number == 0 && node != null && topics.isEmpty()) {
			for (ChannelNode child : node.children()) {
				if (child.channel().shownInNavigation()) {
					blocks.put(child.channel(), newest(site().subtree(child.channel().id()), settings.childBlockEntries()));
				}
			}
		}
		if (landing.isPresent()) {
			return builder.topicPage(channel, layout, entries, blocks, landing.get(), files);
		}
		return builder.channelPage(channel, layout, number, entries, blocks, topics);
	}

	/** A topic's landing page: its newest 专题页面 among the entries given or its first entries. */
	private @Nullable ChannelEntry landing(ChannelView channel, List<ChannelEntry> entries) {
		for (List<ChannelEntry> list : List.of(entries, topEntries(channel.id()))) {
			for (ChannelEntry entry : list) {
				if (entry.type() == DocumentType.TOPIC_PAGE && entry.channelId() == channel.id()) {
					return entry;
				}
			}
		}
		return null;
	}

	/** The special topics right below a channel (专题专栏), each with its landing page if it has one. */
	private List<HomeContent.Topic> topicsBelow(ChannelView channel) {
		ChannelNode node = site().node(channel.id());
		List<HomeContent.Topic> topics = new ArrayList<>();
		if (node != null) {
			for (ChannelNode child : node.children()) {
				if (child.channel().kind() == ChannelKind.TOPIC && child.channel().shownInNavigation()) {
					topics.add(new HomeContent.Topic(child.channel(), landing(child.channel(), List.of())));
				}
			}
		}
		return topics;
	}

	/**
	 * The topics a 专题 block shows of a channel: the channel itself if it is a topic (it has its
	 * 专题页面, whatever sections it has below it), else the topics below it (专题专栏), else itself.
	 */
	private List<HomeContent.Topic> topicsOf(ChannelView channel) {
		ChannelEntry landing = landing(channel, List.of());
		List<HomeContent.Topic> below = landing == null ? topicsBelow(channel) : List.of();
		return below.isEmpty() ? List.of(new HomeContent.Topic(channel, landing)) : below;
	}

	/** The entries of a list page, for collecting where documents show. */
	public List<ChannelEntry> entries(long channelId, ListLayout layout, int number) {
		return layout.limit(number) == 0 ? List.of()
				: catalog.entries(channelId, site().now(), layout.offset(number), layout.limit(number));
	}

	/**
	 * The top entries of several channels together (a block of a channel and those below it, the
	 * feed): the first entries of each channel's own list, which its index reads straight off,
	 * merged with the pinned first and then the newest, each document once. Cheaper than sorting
	 * every entry of a big subtree by date on each change.
	 */
	List<ChannelEntry> newest(List<Long> channelIds, int limit) {
		List<ChannelEntry> all = new ArrayList<>();
		for (long channelId : channelIds) {
			List<ChannelEntry> top = topEntries(channelId);
			all.addAll(top.subList(0, Math.min(limit, top.size())));
		}
		all.sort(Comparator.comparing(ChannelEntry::pinned).reversed()
			.thenComparing(ChannelEntry::publishedAt, Comparator.reverseOrder())
			.thenComparing(ChannelEntry::documentId, Comparator.reverseOrder()));
		Set<Long> seen = new HashSet<>();
		List<ChannelEntry> top = new ArrayList<>();
		for (ChannelEntry entry : all) {
			if (top.size() < limit && seen.add(entry.documentId())) {
				top.add(entry);
			}
		}
		return top;
	}

	/**
	 * A channel's first entries, as many as any block or the feed shows: read once per run, those of
	 * every channel of the site in one query the first time any is needed (the feed on every change
	 * shows them all; one query each was most of an incremental publish's time on its render threads).
	 */
	private List<ChannelEntry> topEntries(long channelId) {
		int most = Math.max(settings.feedEntries(), Math.max(settings.blockEntries(), settings.childBlockEntries()));
		List<ChannelEntry> read = topEntries.get(channelId);
		if (read != null) {
			return read;
		}
		synchronized (topEntries) {
			if (topEntries.isEmpty()) {
				topEntries.putAll(catalog.firstEntries(channels.keySet(), site().now(), most));
			}
		}
		return topEntries.computeIfAbsent(channelId, id -> catalog.entries(id, site().now(), 0, most));
	}

	/** The home page's blocks with their entries: channels the site no longer has are left out. */
	private HomeContent homeContent() {
		List<HomeContent.Part> parts = new ArrayList<>();
		for (HomeBlock block : homeBlocks) {
			Map<ChannelView, List<ChannelEntry>> shown = new LinkedHashMap<>();
			for (long channelId : block.channelIds()) {
				ChannelView channel = channels.get(channelId);
				if (channel != null) {
					shown.put(channel, entries(block.kind(), channel));
				}
			}
			if (block.kind().showsChannels() && shown.isEmpty()) {
				continue;
			}
			List<Link> links = switch (block.kind()) {
				case SITE_GROUP -> siteGroup.get();
				case INTERACTION -> letters.get();
				case DISCLOSURE -> reports.get();
				default -> List.of();
			};
			List<HomeContent.Topic> topics = new ArrayList<>();
			if (block.kind() == HomeBlockKind.TOPICS) {
				shown.keySet().forEach(channel -> topics.addAll(topicsOf(channel)));
			}
			parts.add(new HomeContent.Part(block.kind(), shown, links, topics));
		}
		return new HomeContent(parts);
	}

	private List<ChannelEntry> entries(HomeBlockKind kind, ChannelView channel) {
		List<Long> subtree = site().subtree(channel.id());
		return switch (kind) {
			case HEADLINE -> newest(subtree, 1);
			// entries, mailboxes and topics: links to channels and pages, no list of items
			case DISCLOSURE, SERVICES, INTERACTION, TOPICS -> List.of();
			// the newest items with a picture, among as many as a run reads of each channel
			case PICTURES -> newest(subtree, settings.feedEntries()).stream().filter(entry -> entry.cover() != null)
				.limit(PICTURES).toList();
			default -> newest(subtree, settings.blockEntries());
		};
	}
}
