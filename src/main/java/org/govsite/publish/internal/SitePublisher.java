package org.govsite.publish.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.govsite.channel.ChannelDirectory;
import org.govsite.channel.ChannelView;
import org.govsite.content.ChannelEntry;
import org.govsite.content.ContentCatalog;
import org.govsite.content.PlacementView;
import org.govsite.platform.GovSiteProperties;
import org.govsite.platform.NotFound;
import org.govsite.publish.internal.Page.Dependency;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SitePageFacts;
import org.govsite.site.SiteSummary;
import org.govsite.publish.HomeBlock;
import org.govsite.publish.HomeMailboxes;
import org.govsite.publish.HomeReports;
import org.govsite.publish.Palette;
import org.govsite.publish.SitePage;
import org.govsite.publish.SitePageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes a site: all of it (a full publish), or the pages a change affects (an incremental
 * publish). Pages render on several threads; files are written atomically and recorded in the
 * manifest; a page whose output did not change is not written again.
 */
@Component
public class SitePublisher {

	private static final Logger log = LoggerFactory.getLogger(SitePublisher.class);

	private final ContentCatalog catalog;

	/** The pictures' sizes, read once per attachment (an attachment's bytes never change). */
	private final Pictures pictures;

	private final ChannelDirectory channels;

	private final SiteDirectory sites;

	private final Themes themes;

	private final ManifestStore manifest;

	private final DependencyStore dependencies;

	private final PublishRecords records;

	private final AttachmentFiles files;

	private final PublishProperties settings;

	private final GovSiteProperties platform;

	private final Clock clock;

	private final WriterFactory writers;

	private final HomeBlockStore homeBlocks;

	private final SitePaletteStore palettes;

	/** The sites' mailboxes for the home page, when the module keeping them runs. */
	private final Optional<HomeMailboxes> mailboxes;

	/** The modules that keep pages of the sites (the disclosure catalogue), each under its folder. */
	private final List<SitePageSource> sources;

	/** The reports the home page's 政务公开 block links to (the annual website report). */
	private final List<HomeReports> reports;

	/**
	 * Runs an incremental publish's reads on the worker (the site, the plan) in one read-only
	 * transaction: each read of the catalog, the sites and the channels is otherwise a transaction of
	 * its own, a begin and a commit around every query.
	 */
	private final TransactionTemplate reads;

	public SitePublisher(ContentCatalog catalog, ChannelDirectory channels, SiteDirectory sites, Themes themes,
			ManifestStore manifest, DependencyStore dependencies, PublishRecords records, AttachmentFiles files,
			PublishProperties settings, GovSiteProperties platform, Clock clock, WriterFactory writers,
			HomeBlockStore homeBlocks, SitePaletteStore palettes, Optional<HomeMailboxes> mailboxes, List<SitePageSource> sources,
			List<HomeReports> reports, PlatformTransactionManager transactions) {
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
		this.mailboxes = mailboxes;
		this.reports = List.copyOf(reports);
		this.sources = List.copyOf(sources);
		this.homeBlocks = homeBlocks;
		this.pictures = new Pictures(catalog::openAttachment);
		this.palettes = palettes;
		this.records = records;
		this.catalog = catalog;
		this.channels = channels;
		this.sites = sites;
		this.themes = themes;
		this.manifest = manifest;
		this.dependencies = dependencies;
		this.files = files;
		this.settings = settings;
		this.platform = platform;
		this.clock = clock;
		this.writers = writers;
	}

	/** Makes the site's writers: a folder per site by default; tests may put a failing one in. */
	public interface WriterFactory {

		PageWriter forSite(Path folder);
	}

	/** Where the site's files are published: {@code <data-dir>/publish/<标识码>/}. */
	public Path folder(SiteContext site) {
		return platform.dataPath("publish").resolve(site.folder());
	}

	/** The site as a run sees it now. */
	public SiteContext context(long siteId) {
		SitePageFacts facts = sites.pageFacts(siteId).orElseThrow(() -> new NotFound("site", siteId));
		SitePageFacts portal = facts.parentId() == null ? null : sites.pageFacts(facts.parentId()).orElse(null);
		return new SiteContext(facts, portal, baseUrl(facts), portal == null ? null : baseUrl(portal),
				channels.tree(siteId), catalog.lastUpdate(siteId).orElse(null), sites.noticesOn(siteId), clock.instant(), clock.getZone(),
				palette(themes.assets().names().withIcon(SiteIcon.path(facts, portal)), palettes.of(siteId)));
	}

	/** The theme's files with the style sheet of the site's palette: the same templates, other design tokens. */
	private static AssetNames palette(AssetNames names, Palette palette) {
		return names.withPalette(palette == Palette.BLUE ? names.blue() : null);
	}

	private String baseUrl(SitePageFacts site) {
		if (site.englishDomain() != null) {
			return settings.scheme() + "://" + site.englishDomain() + "/";
		}
		return platform.consoleUrl().replaceAll("/+$", "") + "/sites/"
				+ (site.siteCode() == null ? "site-" + site.id() : site.siteCode()) + "/";
	}

	/**
	 * Everything of the site, then removes what it no longer has. A site that is not online (applied
	 * for, offline, closed) is not published: its run removes whatever an earlier one left, and its
	 * address answers a page saying so ({@link SiteUnavailablePage}).
	 */
	public Outcome full(long siteId, Progress progress) {
		return full(siteId, progress, Set.of());
	}

	/**
	 * A full publish that writes the given files again even where the manifest has their content:
	 * they were found altered on disk, and the manifest only says what they should hold.
	 */
	Outcome full(long siteId, Progress progress, Set<String> distrusted) {
		SiteContext site = context(siteId);
		PageWriter writer = writers.forSite(folder(site));
		removeLeftovers(writer, site);
		if (!site.site().state().isServing()) {
			return unpublish(siteId, site, writer);
		}
		Map<String, String> known = manifest.digests(siteId);
		known.keySet().removeAll(distrusted);
		PublishRun run = new PublishRun(siteId, writer, manifest, records, catalog::openAttachment, clock, known, true);
		Map<Long, Long> primary = new ConcurrentHashMap<>();
		Map<Long, Integer> listed = new java.util.LinkedHashMap<>();
		SitePages pages = pages(site, new CatalogPlaces(site, catalog, sites, settings.scheme(), primary));
		Map<Long, ChannelView> all = site.channels();
		int planned = 5 + all.size();
		for (ChannelView channel : all.values()) {
			planned += catalog.countEntries(channel.id(), site.now()) / settings.pageSize() + 1;
		}
		progress.planned(planned);
		long started = System.nanoTime();
		long listsDone;
		long documentsDone;
		try (Parallel parallel = new Parallel(settings.renderThreads())) {
			themes.assets().files().forEach(run::putFile);
			run.putFile(site.assets().icon(), SiteIcon.svg(site.site(), site.portal()));
			// the lists first: they say under which channel each document's page hangs
			for (ChannelView channel : all.values()) {
				ListLayout layout = pages.layout(channel.id());
				// the whole list in one read, cut into pages here: one query per channel rather than
				// one per page with an ever larger offset
				List<ChannelEntry> list = catalog.entries(channel.id(), site.now(), 0, layout.total());
				for (int number = 0; number <= layout.numbered(); number++) {
					int page = number;
					int from = Math.min(list.size(), layout.offset(page));
					List<ChannelEntry> entries = List.copyOf(list.subList(from, Math.min(list.size(), from + layout.limit(page))));
					entries.forEach(entry -> primary.putIfAbsent(entry.documentId(), channel.id()));
					parallel.submit(() -> {
						run.put(pages.channelPage(channel, layout, page, entries));
						progress.done(1);
					});
				}
				listed.put(channel.id(), layout.total());
			}
			records.listed(siteId, listed);
			parallel.awaitAll();
			listsDone = System.nanoTime();
			catalog.forEachPublished(siteId, document -> parallel.submit(() -> {
				pages.document(document).ifPresent(run::put);
				progress.done(1);
			}));
			parallel.awaitAll();
			run.flush();
			documentsDone = System.nanoTime();
			for (Target target : List.of(new Target.Home(), new Target.SiteMap(), new Target.NotFound(),
					new Target.Rss(), new Target.SitemapChannels())) {
				pages.render(target).ifPresent(run::put);
			}
			for (long chunk : dependencies.chunks(siteId, PageAddresses.SITEMAP_CHUNK)) {
				pages.render(new Target.SitemapChunk(chunk)).ifPresent(run::put);
			}
			pages.render(new Target.SitemapIndex()).ifPresent(run::put);
			sourcePages(site).forEach(run::put);
			run.flush();
		}
		Set<String> stale = new HashSet<>(run.knownPaths());
		stale.removeAll(run.touched());
		stale.removeIf(path -> path.startsWith(PageAddresses.TRADITIONAL)
				&& run.touched().contains(path.substring(PageAddresses.TRADITIONAL.length())));
		run.removeFiles(stale);
		log.info("Published site {} in full: {} files written, {} unchanged, {} removed; lists {} ms, documents {} ms,"
				+ " the rest {} ms", site.folder(), run.written(), run.unchanged(), stale.size(),
				(listsDone - started) / 1_000_000, (documentsDone - listsDone) / 1_000_000,
				(System.nanoTime() - documentsDone) / 1_000_000);
		return new Outcome(run.written(), run.unchanged(), stale.size());
	}

	/** The pages that the change of these documents and channel lists affects; none on a site not online. */
	public Outcome incremental(long siteId, Set<Long> documentIds, Set<Long> channelIds, boolean afterFailure,
			Progress progress) {
		long begun = System.nanoTime();
		// the site, the plan and the manifest's digests of the planned pages in one read-only transaction
		Planned planned = reads.execute(status -> plan(siteId, documentIds, channelIds));
		if (planned == null) {
			return new Outcome(0, 0, 0);
		}
		SiteContext site = planned.site();
		PublishRun run = planned.run();
		Set<Long> listChannels = planned.listChannels();
		SitePages pages = planned.pages();
		StoredFacts facts = planned.facts();
		AffectedPages.Plan plan = planned.plan();
		long started = planned.started();
		if (afterFailure) {
			removeLeftovers(run.writer(), site);
		}
		progress.planned(plan.documents().size() + plan.pages().size());
		long plannedAt = System.nanoTime();
		long documentsDone;
		try (Parallel parallel = new Parallel(settings.renderThreads())) {
			for (Target target : plan.documents()) {
				parallel.submit(() -> {
					publishDocument(run, pages, ((Target.DocumentPage) target).documentId());
					progress.done(1);
				});
			}
			parallel.awaitAll();
			// the documents' files are made durable from here on; the other pages, which link to them, render
			// meanwhile and are placed only once the documents' pages are in place and recorded
			run.startPlacing();
			Map<Target, Optional<Page>> rendered = new ConcurrentHashMap<>();
			for (Target target : plan.pages()) {
				if (rendersBeforeDocumentsPlaced(target)) {
					parallel.submit(() -> rendered.put(target, read(() -> pages.render(target))));
				}
			}
			parallel.awaitAll();
			run.flush();
			documentsDone = System.nanoTime();
			for (Target target : plan.pages()) {
				if (target instanceof Target.SitemapIndex) {
					continue;
				}
				parallel.submit(() -> {
					Optional<Page> page = rendered.containsKey(target) ? rendered.get(target) : read(() -> pages.render(target));
					if (page.isPresent()) {
						run.put(page.get());
					}
					else if (target instanceof Target.ChannelPage || target instanceof Target.SitemapChunk) {
						pathOf(target, site).ifPresent(run::remove);
					}
					progress.done(1);
				});
			}
			parallel.awaitAll();
			Map<Long, Integer> listed = new java.util.LinkedHashMap<>();
			facts.layouts().forEach((channelId, layout) -> listed.put(channelId, layout.total()));
			run.listed(listed);
			run.flush();
			// the index of sitemaps names the chunks now in the manifest (rendered whenever planned: skipping it
			// unless a planned chunk appeared or went missed the first chunk of a site, TamperProtectionTests)
			if (plan.pages().contains(new Target.SitemapIndex())) {
				pages.render(new Target.SitemapIndex()).ifPresent(run::put);
				run.flush();
			}
		}
		log.info("Published {} pages of site {} for documents {} and channels {}: {} files written, {} unchanged,"
				+ " in {} ms (site {} ms, plan {} ms, documents {} ms, other pages {} ms)",
				plan.documents().size() + plan.pages().size(), site.folder(), documentIds, listChannels, run.written(),
				run.unchanged(), millis(begun), (started - begun) / 1_000_000, (plannedAt - started) / 1_000_000,
				(documentsDone - plannedAt) / 1_000_000, millis(documentsDone));
		return new Outcome(run.written(), run.unchanged(), 0);
	}

	/**
	 * An incremental job's reads before its first page: the site, the pages the change affects and the
	 * manifest's digests of those; null for a site not online.
	 */
	private @org.jspecify.annotations.Nullable Planned plan(long siteId, Set<Long> documentIds, Set<Long> channelIds) {
		SiteContext site = context(siteId);
		if (!site.site().state().isServing()) {
			return null;
		}
		long started = System.nanoTime();
		Map<Long, ChannelView> known = site.channels();
		Set<Long> listChannels = new LinkedHashSet<>();
		for (long channelId : channelIds) {
			if (known.containsKey(channelId)) {
				listChannels.add(channelId);
			}
		}
		PageWriter writer = writers.forSite(folder(site));
		PublishRun run = new PublishRun(siteId, writer, manifest, records, catalog::openAttachment, clock, Map.of(),
				false);
		SitePages pages = pages(site, new CatalogPlaces(site, catalog, sites, settings.scheme()));
		StoredFacts facts = new StoredFacts(site, pages);
		AffectedPages.Plan plan = AffectedPages.plan(site, documentIds, listChannels, facts);
		List<String> expected = new java.util.ArrayList<>();
		plan.documents().forEach(target -> expected.add(PageAddresses.document(((Target.DocumentPage) target).documentId())));
		plan.pages().forEach(target -> pathOf(target, site).ifPresent(expected::add));
		run.expect(expected);
		return new Planned(site, listChannels, run, pages, facts, plan, started);
	}

	/** What an incremental job read before its first page ({@code started}: when the site was read). */
	private record Planned(SiteContext site, Set<Long> listChannels, PublishRun run, SitePages pages, StoredFacts facts,
			AffectedPages.Plan plan, long started) {
	}

	/**
	 * The pages other modules keep ({@link SitePageSource}), as they are now, and the site map that
	 * may list them; the pages of their folders they no longer give are taken off the site. A source
	 * that tells what changed since its pages were written has only those written or removed. Nothing
	 * on a site not online.
	 */
	public Outcome sitePages(long siteId, boolean afterFailure, Progress progress) {
		SiteContext site = context(siteId);
		if (!site.site().state().isServing() || sources.isEmpty()) {
			return new Outcome(0, 0, 0);
		}
		PageWriter writer = writers.forSite(folder(site));
		if (afterFailure) {
			removeLeftovers(writer, site);
		}
		PageBuilder builder = new PageBuilder(themes.forSite(siteId), site, pictures);
		Map<SitePageSource, Optional<SitePageSource.Changes>> changes = new java.util.LinkedHashMap<>();
		Map<SitePageSource, List<SitePage>> given = new java.util.LinkedHashMap<>();
		for (SitePageSource source : sources) {
			Optional<SitePageSource.Changes> changed = afterFailure ? Optional.empty() : source.changes(siteId);
			changes.put(source, changed);
			given.put(source, changed.map(SitePageSource.Changes::pages).orElseGet(() -> source.pages(siteId)));
		}
		progress.planned(given.values().stream().mapToInt(List::size).sum());
		int written = 0;
		int unchanged = 0;
		int removed = 0;
		for (SitePageSource source : sources) {
			Optional<SitePageSource.Changes> changed = changes.get(source);
			Map<String, String> known = changed.isPresent() ? Map.of() : manifest.digestsUnder(siteId, source.folder());
			PublishRun run = new PublishRun(siteId, writer, manifest, records, catalog::openAttachment, clock, known, false);
			List<SitePage> pages = given.get(source);
			run.expect(changed.isPresent() ? pages.stream().map(SitePage::path).toList() : List.of());
			for (SitePage page : pages) {
				run.put(builder.sitePage(inFolder(source, page)));
				progress.done(1);
			}
			run.flush();
			if (changed.isPresent()) {
				Set<String> gone = new HashSet<>(changed.get().removed());
				for (String whole : changed.get().whole()) {
					manifest.digestsUnder(siteId, inFolder(source, whole)).keySet().stream()
						.filter(path -> !path.startsWith(PageAddresses.TRADITIONAL) && !run.touched().contains(path))
						.forEach(gone::add);
				}
				for (String path : gone) {
					run.remove(inFolder(source, path));
				}
				removed += gone.size();
				source.written(siteId, changed.get());
			}
			else {
				Set<String> stale = new HashSet<>(known.keySet());
				stale.removeAll(run.touched());
				run.removeFiles(stale);
				removed += stale.size();
			}
			written += run.written();
			unchanged += run.unchanged();
		}
		// the site map lists pages the sources name (SitePageSource#siteMapEntries): written with them
		Optional<Page> siteMap = pages(site, new CatalogPlaces(site, catalog, sites, settings.scheme())).render(new Target.SiteMap());
		if (siteMap.isPresent()) {
			PublishRun run = new PublishRun(siteId, writer, manifest, records, catalog::openAttachment, clock, Map.of(), false);
			run.put(siteMap.get());
			run.flush();
			written += run.written();
			unchanged += run.unchanged();
		}
		log.info("Published the module pages of site {}: {} files written, {} unchanged, {} removed", site.folder(),
				written, unchanged, removed);
		return new Outcome(written, unchanged, removed);
	}

	private static SitePage inFolder(SitePageSource source, SitePage page) {
		inFolder(source, page.path());
		return page;
	}

	private static String inFolder(SitePageSource source, String path) {
		if (!path.startsWith(source.folder())) {
			throw new IllegalStateException(source + " gave a page outside its folder " + source.folder() + ": " + path);
		}
		return path;
	}

	private List<Page> sourcePages(SiteContext site) {
		PageBuilder builder = new PageBuilder(themes.forSite(site.site().id()), site, pictures);
		List<Page> pages = new java.util.ArrayList<>();
		for (SitePageSource source : sources) {
			for (SitePage page : source.pages(site.site().id())) {
				pages.add(builder.sitePage(inFolder(source, page)));
			}
		}
		return pages;
	}

	/**
	 * Writes again files found altered or missing on disk (网页防篡改), as the site has them now: the
	 * pages are rendered again, the theme's files and the icon copied again. A file this cannot name
	 * (an attachment's copy, a picture's rendition, a page the site no longer has) is restored by a
	 * full publish that distrusts these files, which also removes what the site no longer has.
	 *
	 * @return how many files were written
	 */
	public int restore(long siteId, Set<String> paths) {
		SiteContext site = context(siteId);
		if (paths.isEmpty() || !site.site().state().isServing()) {
			return 0;
		}
		PageWriter writer = writers.forSite(folder(site));
		PublishRun run = new PublishRun(siteId, writer, manifest, records, catalog::openAttachment, clock, Map.of(),
				false);
		run.distrust(paths);
		SitePages pages = pages(site, new CatalogPlaces(site, catalog, sites, settings.scheme()));
		Map<String, byte[]> theme = themes.assets().files();
		Set<String> unnamed = new LinkedHashSet<>();
		for (String path : paths) {
			String simplified = path.startsWith(PageAddresses.TRADITIONAL) ? path.substring(PageAddresses.TRADITIONAL.length())
					: path;
			if (theme.containsKey(path)) {
				run.putFile(path, theme.get(path));
			}
			else if (path.equals(site.assets().icon())) {
				run.putFile(path, SiteIcon.svg(site.site(), site.portal()));
			}
			else {
				Optional<Page> page = Target.of(simplified, site).flatMap(target -> target instanceof Target.DocumentPage document
						? catalog.published(document.documentId()).flatMap(pages::document) : pages.render(target));
				if (page.isPresent() && page.get().path().equals(simplified)) {
					run.put(page.get());
				}
				else {
					unnamed.add(path);
				}
			}
		}
		run.flush();
		if (unnamed.isEmpty()) {
			return run.written();
		}
		return run.written() + full(siteId, Progress.NONE, unnamed).written();
	}

	private Outcome unpublish(long siteId, SiteContext site, PageWriter writer) {
		PublishRun run = new PublishRun(siteId, writer, manifest, records, catalog::openAttachment, clock,
				manifest.digests(siteId), true);
		Set<String> published = new HashSet<>(run.knownPaths());
		run.removeFiles(published);
		log.info("Site {} is {}, not online: not published, {} files removed", site.folder(), site.site().state(),
				published.size());
		return new Outcome(0, 0, published.size());
	}


	private static long millis(long since) {
		return (System.nanoTime() - since) / 1_000_000;
	}

	/** A document's page as it is now: written, moved, or taken off the site. */
	private void publishDocument(PublishRun run, SitePages pages, long documentId) {
		DocumentRead read = read(() -> new DocumentRead(
				dependencies.pages(run.siteId(), Dependency.Kind.DOCUMENT_PAGE, documentId),
				catalog.published(documentId).flatMap(pages::document)));
		Optional<Page> page = read.page();
		page.ifPresent(run::put);
		for (String old : read.before()) {
			if (page.isEmpty() || !page.get().path().equals(old)) {
				run.remove(old);
			}
		}
	}

	/** Where a document's page was, and the page as it is now. */
	private record DocumentRead(Set<String> before, Optional<Page> page) {
	}

	/**
	 * A render thread's reads for one page of an incremental publish in one read-only transaction: each
	 * read of the catalog, the sites and the reports is otherwise a transaction of its own (a begin and a
	 * commit around every query, a sixth of the render threads' time by a wall profile). Only reads: the
	 * page is written, and the run's bookkeeping stored, outside it.
	 */
	private <T> T read(java.util.function.Supplier<T> work) {
		return reads.execute(status -> work.get());
	}

	/**
	 * Whether a page of an incremental publish may render while the documents' pages are being made
	 * durable: all but the sitemaps, which list the document pages recorded in the manifest.
	 */
	private static boolean rendersBeforeDocumentsPlaced(Target target) {
		return !(target instanceof Target.SitemapChunk || target instanceof Target.SitemapIndex);
	}

	private static Optional<String> pathOf(Target target, SiteContext site) {
		return switch (target) {
			case Target.ChannelPage page -> Optional.ofNullable(site.channels().get(page.channelId()))
				.map(channel -> PageAddresses.channelPage(channel.path(), page.number()));
			case Target.SitemapChunk chunk -> Optional.of("sitemap-" + chunk.number() + ".xml");
			case Target.DocumentPage page -> Optional.of(PageAddresses.document(page.documentId()));
			case Target.Home home -> Optional.of(PageAddresses.HOME);
			case Target.SiteMap map -> Optional.of(PageAddresses.SITE_MAP);
			case Target.NotFound notFound -> Optional.of(PageAddresses.NOT_FOUND);
			case Target.Rss rss -> Optional.of(PageAddresses.RSS);
			case Target.SitemapIndex index -> Optional.of(PageAddresses.SITEMAP_XML);
			case Target.SitemapChannels channels -> Optional.of(PageAddresses.SITEMAP_CHANNELS);
		};
	}

	private SitePages pages(SiteContext site, DocumentPlaces places) {
		Map<Long, Optional<String>> sponsors = new ConcurrentHashMap<>();
		PageBuilder builder = new PageBuilder(themes.forSite(site.site().id()), site, pictures,
				siteId -> sponsors.computeIfAbsent(siteId, id -> sites.pageFacts(id).map(SitePageFacts::sponsor)).orElse(null));
		long siteId = site.site().id();
		return new SitePages(builder, catalog, settings, places, files::pathOf,
				chunk -> dependencies.documentPages(siteId, chunk * PageAddresses.SITEMAP_CHUNK,
						(chunk + 1) * PageAddresses.SITEMAP_CHUNK),
				() -> dependencies.publishedChunks(siteId), homeBlocks(site), () -> siteGroup(site.site()),
				() -> letterPages(site.site()), () -> reportPages(site.site().id()), () -> siteMapEntries(siteId));
	}

	/** What the modules keeping pages list in the site's map. */
	private List<SitePage.Href> siteMapEntries(long siteId) {
		List<SitePage.Href> entries = new java.util.ArrayList<>();
		sources.forEach(source -> entries.addAll(source.siteMapEntries(siteId)));
		return entries;
	}

	/** 政务公开 on the home page: the published reports' pages, at the site's root like the home page. */
	private List<Views.Link> reportPages(long siteId) {
		return reports.stream()
			.flatMap(source -> source.of(siteId).stream())
			.map(report -> Views.Link.to(report.title(), PageAddresses.linkPath(report.sitePath())))
			.toList();
	}

	/**
	 * 互动交流 on the home page: a letter to each open mailbox of the site, following a letter by its
	 * query code, and the site's published replies. The letters' pages are the application's, at the
	 * same host (nginx passes {@code /letters} to the public nodes); the replies are published pages.
	 */
	private List<Views.Link> letterPages(SitePageFacts site) {
		if (mailboxes.isEmpty()) {
			return List.of();
		}
		long siteId = site.id();
		List<HomeMailboxes.Mailbox> open = mailboxes.get().of(siteId);
		if (open.isEmpty()) {
			return List.of();
		}
		List<Views.Link> links = new java.util.ArrayList<>();
		for (HomeMailboxes.Mailbox mailbox : open) {
			links.add(Views.Link.to(mailbox.name(), "/letters/write?mailbox=" + mailbox.id()));
		}
		links.add(Views.Link.to(PageText.text("page.home.letters.follow"), "/letters/follow"));
		String replies = mailboxes.get().repliesPage(siteId);
		if (replies != null) {
			// the home page is at the site's root: the page's own path is the relative link
			links.add(Views.Link.to(PageText.text("page.home.letters.replies"), PageAddresses.linkPath(replies)));
		}
		links.add(Views.Link.to(PageText.text("page.home.letters.assistant"), "/assistant?site=" + site.siteCode()));
		return links;
	}

	/** The home page's blocks: as the site's manager chose them, else the defaults for its kind. */
	public List<HomeBlock> homeBlocks(SiteContext site) {
		List<HomeBlock> stored = homeBlocks.stored(site.site().id());
		return stored.isEmpty() ? HomeDefaults.of(site.site().kind(), site.tree(), settings.homeBlocks()) : stored;
	}

	/**
	 * 站群导航: the other online sites of the group, by their address: a portal's departments; a
	 * department's portal and its sibling departments.
	 */
	List<Views.Link> siteGroup(SitePageFacts site) {
		Long portal = site.parentId() == null ? Long.valueOf(site.id()) : site.parentId();
		// the page facts of the group in one reading, not one a site (a portal has hundreds of departments);
		// the summaries give the links' order, portals first then by name as the database sorts them
		Map<Long, SitePageFacts> facts = new java.util.HashMap<>();
		sites.allPageFacts().forEach(each -> facts.put(each.id(), each));
		List<Views.Link> links = new java.util.ArrayList<>();
		for (SiteSummary other : sites.all()) {
			boolean inGroup = other.id() == portal || (other.parentId() != null && other.parentId().equals(portal));
			SitePageFacts found = facts.get(other.id());
			if (inGroup && other.id() != site.id() && other.state().isServing() && found != null) {
				links.add(Views.Link.to(found.name(), baseUrl(found)));
			}
		}
		return links;
	}

	private static void removeLeftovers(PageWriter writer, SiteContext site) {
		try {
			List<String> removed = writer.removeLeftovers();
			if (!removed.isEmpty()) {
				log.warn("Removed {} temporary files an interrupted publish of site {} left", removed.size(), site.folder());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** What a run did. */
	public record Outcome(int written, int unchanged, int removed) {
	}

	/** Reports a run's progress (to its job). */
	public interface Progress {

		void planned(int total);

		void done(int pages);

		Progress NONE = new Progress() {

			@Override
			public void planned(int total) {
			}

			@Override
			public void done(int pages) {
			}
		};
	}

	/** The plan's facts from the stored dependencies and the catalog now. */
	private final class StoredFacts implements AffectedPages.Facts {

		private final SiteContext site;

		private final SitePages pages;

		private final Map<Long, Set<String>> showing = new ConcurrentHashMap<>();

		private final Map<Long, List<PlacementView>> placements = new ConcurrentHashMap<>();

		private final Map<Long, ListLayout> layouts = new ConcurrentHashMap<>();

		StoredFacts(SiteContext site, SitePages pages) {
			this.site = site;
			this.pages = pages;
		}

		@Override
		public Set<String> pagesShowing(long documentId) {
			return showing.computeIfAbsent(documentId,
					id -> dependencies.pages(site.site().id(), Dependency.Kind.DOCUMENT, id));
		}

		@Override
		public Integer listedBefore(long channelId) {
			return dependencies.listedEntries(site.site().id(), channelId);
		}

		@Override
		public ListLayout layoutNow(long channelId) {
			ListLayout layout = pages.layout(channelId);
			layouts.put(channelId, layout);
			return layout;
		}

		/** The layouts the plan read: the lists' entry counts to remember. */
		Map<Long, ListLayout> layouts() {
			return layouts;
		}

		@Override
		public boolean pageShows(long channelId, int number, long documentId, ListLayout now) {
			return pages.entries(channelId, now, number).stream().anyMatch(entry -> entry.documentId() == documentId);
		}

		@Override
		public boolean listedNow(long channelId, long documentId) {
			Instant now = site.now();
			return placements.computeIfAbsent(documentId, catalog::placements).stream()
				.anyMatch(placement -> placement.channelId() == channelId
						&& (placement.expiresAt() == null || placement.expiresAt().isAfter(now)));
		}
	}
}
