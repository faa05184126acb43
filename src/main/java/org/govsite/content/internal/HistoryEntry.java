package org.govsite.content.internal;

import java.time.Instant;

import org.govsite.content.DocumentState;
import org.govsite.content.HistoryAction;
import org.govsite.content.HistoryEntryView;
import org.jspecify.annotations.Nullable;

import org.springframework.data.relational.core.mapping.Table;

/** A line of a document's timeline; never changed once written. */
@Table("content_history")
record HistoryEntry(HistoryAction action, @Nullable DocumentState fromState, DocumentState toState, int level,
		String actor, Instant occurredAt, @Nullable String comment) {

	HistoryEntryView view() {
		return new HistoryEntryView(action, fromState, toState, level, actor, occurredAt, comment);
	}
}
