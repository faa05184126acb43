package org.govsite.search.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.govsite.content.ContentCatalog;
import org.govsite.content.DocumentType;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Builds the index again from the database, in the background: at start when the index was
 * missing, damaged or of an older schema (search answers 503 meanwhile), and when an operator asks
 * (search keeps answering from the old entries, which are replaced one by one and the leftovers
 * removed at the end). Progress is counted in sites.
 */
@Component
public class IndexRebuild {

	private static final Logger log = LoggerFactory.getLogger(IndexRebuild.class);

	private static final Set<String> DOCUMENT_KINDS = Arrays.stream(DocumentType.values()).map(Enum::name)
		.collect(Collectors.toUnmodifiableSet());

	private final EngineSearchIndex index;

	private final ContentCatalog catalog;

	private final SiteDirectory sites;

	private final DocumentEntries entries;

	private final SearchProperties properties;

	IndexRebuild(EngineSearchIndex index, ContentCatalog catalog, SiteDirectory sites, DocumentEntries entries,
			SearchProperties properties) {
		this.index = index;
		this.catalog = catalog;
		this.sites = sites;
		this.entries = entries;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		index.whenReached(() -> {
			log.info("Search engine reached after start: rebuilding the index from the database in the background");
			start();
		});
		if (index.needsRebuild() && properties.rebuildAtStart()) {
			log.info("Search index missing or outdated: rebuilding it from the database in the background");
			start();
		}
	}

	/** Starts a rebuild unless one runs; returns whether it started. */
	public boolean start() {
		List<SiteSummary> all = sites.all();
		long generation = index.startRebuild(all.size());
		if (generation < 0) {
			return false;
		}
		Thread.ofVirtual().name("search-rebuild").start(() -> run(all, generation));
		return true;
	}

	/** Rebuilds in the caller's thread (tests, the benchmark); returns the documents indexed. */
	public long runNow() {
		List<SiteSummary> all = sites.all();
		long generation = index.startRebuild(all.size());
		if (generation < 0) {
			throw new IllegalStateException("a rebuild is running");
		}
		return run(all, generation);
	}

	private long run(List<SiteSummary> all, long generation) {
		Set<Long> seen = new HashSet<>();
		long documents = 0;
		boolean complete = false;
		try (BulkLoad load = index.rebuildLoad()) {
			for (SiteSummary site : all) {
				long[] count = { 0 };
				catalog.forEachPublished(site.id(), document -> {
					if (seen.add(document.id())) {
						entries.of(document).forEach(load::add);
						count[0]++;
					}
				});
				documents += count[0];
				index.progress(1);
			}
			load.close();
			complete = true;
			log.info("Search index rebuilt: {} documents of {} sites", documents, all.size());
		}
		catch (RuntimeException e) {
			log.error("Search index rebuild failed; it can be started again from the console", e);
		}
		finally {
			index.finishRebuild(generation, DOCUMENT_KINDS, complete);
		}
		return documents;
	}
}
