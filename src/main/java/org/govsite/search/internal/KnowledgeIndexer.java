package org.govsite.search.internal;

import java.time.ZoneId;
import java.util.List;

import org.govsite.interaction.KnowledgeBase;
import org.govsite.interaction.KnowledgeEntry;
import org.govsite.interaction.KnowledgeEntryChanged;
import org.govsite.publish.PageLinks;
import org.govsite.search.SearchEntry;
import org.govsite.search.SearchIndex;
import org.govsite.site.SiteDirectory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The 知识库's published questions and answers in site search (kind {@value #KIND}), from the
 * interaction module's events; all of them again at start, since the index may have been built
 * anew from the documents alone (a rebuild keeps entries of other kinds).
 */
@Component
class KnowledgeIndexer {

	static final String KIND = "KNOWLEDGE";

	private static final Logger log = LoggerFactory.getLogger(KnowledgeIndexer.class);

	private final SearchIndex index;

	private final KnowledgeBase knowledge;

	private final SiteDirectory sites;

	private final PageLinks links;

	private final ZoneId zone;

	KnowledgeIndexer(SearchIndex index, KnowledgeBase knowledge, SiteDirectory sites, PageLinks links, java.time.Clock clock) {
		this.index = index;
		this.knowledge = knowledge;
		this.sites = sites;
		this.links = links;
		this.zone = clock.getZone();
	}

	static String id(long entryId) {
		return "knowledge:" + entryId;
	}

	@ApplicationModuleListener
	void on(KnowledgeEntryChanged event) {
		knowledge.publishedEntry(event.entryId()).ifPresentOrElse(this::index, () -> index.delete(id(event.entryId())));
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		try {
			knowledge.allPublished().forEach(this::index);
		}
		catch (RuntimeException e) {
			log.warn("The 知识库 was not indexed at start: {}", e.toString());
		}
	}

	private void index(KnowledgeEntry entry) {
		String url = url(entry);
		if (url == null) {
			return;
		}
		index.index(new SearchEntry(id(entry.id()), id(entry.id()), KIND, entry.siteId(), List.of(), entry.question(),
				entry.answer(), null, null, entry.updatedOn().atStartOfDay(zone).toInstant(), null, url, null));
	}

	/** The entry's page: served by the public role beside the site's pages (under the site's host behind nginx). */
	private @Nullable String url(KnowledgeEntry entry) {
		String home = sites.find(entry.siteId()).map(links::home).orElse(null);
		if (home == null) {
			return null;
		}
		String path = "letters/knowledge/" + entry.id();
		return home.startsWith("/") ? "/" + path : home + path;
	}
}
