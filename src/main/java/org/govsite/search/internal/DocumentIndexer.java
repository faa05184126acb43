package org.govsite.search.internal;

import org.govsite.content.DocumentArchived;
import org.govsite.content.DocumentPublished;
import org.govsite.content.DocumentWithdrawn;
import org.govsite.content.PlacementsChanged;
import org.govsite.search.SearchIndex;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the index in step with what is live, from content's events only (never by polling): a
 * release, a new version or a change of placements writes the document's entries again; a
 * withdrawal removes them, and so does an archiving ({@link DocumentArchived}: its pages stay
 * online, marked as archived). The events come through the event publication registry, so none is
 * lost in a crash.
 */
@Component
class DocumentIndexer {

	private final SearchIndex index;

	private final DocumentEntries entries;

	DocumentIndexer(SearchIndex index, DocumentEntries entries) {
		this.index = index;
		this.entries = entries;
	}

	@ApplicationModuleListener
	void on(DocumentPublished event) {
		reindex(event.documentId());
	}

	@ApplicationModuleListener
	void on(DocumentArchived event) {
		reindex(event.documentId());
	}

	@ApplicationModuleListener
	void on(PlacementsChanged event) {
		reindex(event.documentId());
	}

	@ApplicationModuleListener
	void on(DocumentWithdrawn event) {
		index.deleteSource(DocumentEntries.source(event.documentId()));
	}

	/**
	 * A withdrawn document leaves search at once, while the 撤稿 is being saved, not after the
	 * listener above runs: a page taken down must not stay findable for a moment longer. Were the
	 * withdrawal rolled back, the document would be missing from search until the next release or
	 * rebuild, the safer way round.
	 */
	@EventListener
	void immediately(DocumentWithdrawn event) {
		index.deleteSource(DocumentEntries.source(event.documentId()));
	}

	private void reindex(long documentId) {
		index.replaceSource(DocumentEntries.source(documentId), entries.of(documentId));
	}
}
