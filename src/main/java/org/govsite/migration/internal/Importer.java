package org.govsite.migration.internal;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsite.channel.ChannelDirectory;
import org.govsite.content.AttachmentRef;
import org.govsite.content.ContentImport;
import org.govsite.content.DocumentContent;
import org.govsite.content.DocumentType;
import org.govsite.content.ImportedDocument;
import org.govsite.migration.MigrationState;
import org.govsite.migration.MigrationView;
import org.govsite.migration.SectionView;
import org.govsite.platform.FetchGuard;
import org.govsite.platform.NotFound;
import org.govsite.platform.RuleViolation;
import org.govsite.publish.PageLinks;
import org.govsite.publish.PublishJobs;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the detail pages of mapped sections as documents with their original dates, published
 * or submitted for review as the operator chose,
 * their files fetched and stored byte for byte, pictures of the body pointing at the stored copies;
 * each batch together with its redirects in one transaction, so that a restart imports no page
 * twice. Then the site is published in full (drafts: once reviewed, each is released on its own;
 * their redirects lead to the pages they will have).
 */
@Component
public class Importer {

	static final int BATCH = 100;

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final MigrationStore store;

	private final ContentImport imports;

	private final FetchGuard guard;

	private final SiteDirectory sites;

	private final PageLinks links;

	private final PublishJobs publishing;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ChannelDirectory channels;

	private final RedirectMapFile mapFile;

	Importer(MigrationStore store, ContentImport imports, FetchGuard guard, SiteDirectory sites, PageLinks links,
			PublishJobs publishing, TransactionTemplate transactions, Clock clock, ChannelDirectory channels,
			RedirectMapFile mapFile) {
		this.mapFile = mapFile;
		this.channels = channels;
		this.store = store;
		this.imports = imports;
		this.guard = guard;
		this.sites = sites;
		this.links = links;
		this.publishing = publishing;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** @return whether the import ran to its end (false: stopped meanwhile) */
	public boolean importAll(long migrationId) {
		MigrationView migration = store.find(migrationId, id -> "").orElseThrow(() -> new NotFound("migration", migrationId));
		SiteSummary site = sites.find(migration.siteId()).orElseThrow(() -> new NotFound("site", migration.siteId()));
		if (links.home(site) == null) {
			throw new RuleViolation("migration.import.noAddress", site.name());
		}
		Map<String, Long> channels = new HashMap<>();
		for (SectionView section : store.sections(migrationId)) {
			if (section.channelId() != null) {
				channels.put(section.section(), section.channelId());
			}
		}
		FetchGuard allowing = guard.allowing(URI.create(migration.startUrl()).getHost());
		while (store.stateOf(migrationId) == MigrationState.IMPORTING) {
			List<MigrationStore.Readable> batch = store.toImport(migrationId, channels.keySet(), BATCH);
			if (batch.isEmpty()) {
				transactions.executeWithoutResult(status -> redirectOtherPages(migration, site, channels));
				mapFile.write();
				if (migration.publish()) {
					publishing.publishSite(migration.siteId());
				}
				return true;
			}
			importBatch(migration, site, channels, allowing, batch);
		}
		return false;
	}

	/**
	 * Stores the batch's files first, each on its own (a refused file leaves its page without it, noted
	 * in the report; files of a batch that fails later are unused uploads, deleted nightly), then the
	 * documents and their redirects at once.
	 */
	private void importBatch(MigrationView migration, SiteSummary site, Map<String, Long> channels, FetchGuard allowing,
			List<MigrationStore.Readable> batch) {
		List<Map<String, AttachmentRef>> stored = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (MigrationStore.Readable page : batch) {
			Map<String, AttachmentRef> refs = new LinkedHashMap<>();
			List<String> missing = new ArrayList<>();
			if (page.title() != null && !page.title().isBlank() && page.body() != null) {
				for (String url : files(migration, page)) {
					AttachmentRef ref = storeFile(allowing, url);
					if (ref == null) {
						missing.add(url);
					}
					else {
						refs.put(url, ref);
					}
				}
			}
			stored.add(refs);
			problems.add(missing.isEmpty() ? null : "以下文件未能取得或不被接受：" + String.join(" ", missing));
		}
		transactions.executeWithoutResult(status -> {
			List<ImportedDocument> documents = new ArrayList<>();
			List<Integer> positions = new ArrayList<>();
			for (int i = 0; i < batch.size(); i++) {
				MigrationStore.Readable page = batch.get(i);
				if (page.title() == null || page.title().isBlank() || page.body() == null) {
					store.failed(page.id(), null, "未能读出标题或正文，请调整识别规则", clock.instant());
					continue;
				}
				documents.add(document(migration, page, channels.get(page.section()), stored.get(i)));
				positions.add(i);
			}
			List<Long> ids = migration.publish() ? imports.importPublished(migration.siteId(), documents)
					: imports.importForReview(migration.siteId(), documents);
			for (int n = 0; n < ids.size(); n++) {
				int i = positions.get(n);
				MigrationStore.Readable page = batch.get(i);
				store.imported(migration.id(), page.id(), page.url(), ids.get(n), links.document(site, ids.get(n)),
						problems.get(i));
				for (Map.Entry<String, AttachmentRef> file : stored.get(i).entrySet()) {
					store.redirect(migration.id(), file.getKey(), links.file(site, file.getValue()));
				}
			}
		});
	}

	/** Old list pages lead to their section's channel, the old home page and other pages to the new home page. */
	private void redirectOtherPages(MigrationView migration, SiteSummary site, Map<String, Long> channels) {
		for (MigrationStore.Readable page : store.otherPages(migration.id())) {
			Long channelId = channels.get(page.section());
			String target = channelId == null ? null
					: this.channels.find(channelId).map(channel -> links.channel(site, channel.path())).orElse(null);
			store.redirect(migration.id(), page.url(), target != null ? target : links.home(site));
		}
	}

	/** The page's attached files and the pictures of its body, on the old site. */
	private static List<String> files(MigrationView migration, MigrationStore.Readable page) {
		java.util.Set<String> urls = new java.util.LinkedHashSet<>(page.attachments());
		for (Element img : Jsoup.parseBodyFragment(page.body()).select("img[src]")) {
			String src = PageReader.normalized(img.attr("src"), URI.create(migration.startUrl()).getHost());
			if (src != null) {
				urls.add(src);
			}
		}
		return List.copyOf(urls);
	}

	private @Nullable AttachmentRef storeFile(FetchGuard allowing, String url) {
		try {
			FetchGuard.Fetched fetched = allowing.get(url);
			return fetched.status() < 400 ? imports.storeFile(fileName(url), fetched.body()) : null;
		}
		catch (IOException | RuntimeException e) {
			return null;
		}
	}

	private ImportedDocument document(MigrationView migration, MigrationStore.Readable page, long channelId,
			Map<String, AttachmentRef> refs) {
		var body = Jsoup.parseBodyFragment(page.body());
		List<Long> attachments = new ArrayList<>();
		for (Element img : body.select("img[src]")) {
			AttachmentRef ref = refs.get(PageReader.normalized(img.attr("src"), URI.create(migration.startUrl()).getHost()));
			if (ref == null) {
				img.remove();
			}
			else {
				img.attr("src", "attachment:" + ref.id());
			}
		}
		for (Element a : body.select("a[href]")) {
			// files are listed under the document; other old links keep working through the redirects
			if (refs.containsKey(a.attr("href"))) {
				a.unwrap();
			}
		}
		for (String url : page.attachments()) {
			AttachmentRef ref = refs.get(url);
			if (ref != null) {
				attachments.add(ref.id());
			}
		}
		Instant published = page.date() == null ? clock.instant() : page.date().atTime(LocalTime.of(9, 0)).atZone(CHINA).toInstant();
		DocumentContent content = new DocumentContent(page.title().strip(), null, body.body().html(), null, page.source(),
				null, null, null, attachments, List.of(), published, null, false, null, false, null, null);
		return new ImportedDocument(DocumentType.ARTICLE, content, List.of(channelId), published, migration.createdBy());
	}

	static String fileName(String url) {
		String path = URI.create(url).getPath();
		String name = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
		return name.isBlank() ? "附件" : java.net.URLDecoder.decode(name, java.nio.charset.StandardCharsets.UTF_8);
	}
}
