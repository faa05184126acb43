package org.govsite.search.internal;

import java.time.Duration;
import java.time.LocalTime;

import org.govsite.jobs.RecurringJob;
import org.govsite.platform.DeploymentRole;
import org.govsite.platform.GovSiteProperties;
import org.govsite.search.internal.IndexJournal.JournalReader;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Keeps a role-public node's index current: content's events reach only the back office, so this
 * node replays the {@link IndexJournal} every few seconds. Its place in the journal is committed
 * with the index; an index that is new, from before the journal, or further behind than the journal
 * reaches is rebuilt from the database first. The journal is pruned daily by one admin node.
 */
@Component
class IndexFollower {

	private static final Logger log = LoggerFactory.getLogger(IndexFollower.class);

	private final EngineSearchIndex index;

	private final IndexJournal journal;

	private final IndexRebuild rebuild;

	private final boolean publicNode;

	private volatile @Nullable JournalReader reader;

	IndexFollower(EngineSearchIndex index, IndexJournal journal, IndexRebuild rebuild, GovSiteProperties platform) {
		this.index = index;
		this.journal = journal;
		this.rebuild = rebuild;
		this.publicNode = platform.role() == DeploymentRole.PUBLIC;
	}

	/** Before {@link IndexRebuild#atStart}: the place in the journal is taken before a rebuild reads the database. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(0)
	void atStart() {
		LuceneEngine embedded = index.embedded();
		if (!publicNode || embedded == null) {
			return;
		}
		String kept = embedded.remembered(JournalReader.POSITION_KEY);
		if (index.needsRebuild() || kept == null || journal.lost(Long.parseLong(kept))) {
			// replaying what the rebuild also reads is harmless; missing a change is not
			reader = new JournalReader(journal.latest(), false);
			log.info("Search index of this public node rebuilt from the database, then it follows the index journal");
			rebuild.start();
		}
		else {
			reader = new JournalReader(Long.parseLong(kept), true);
		}
	}

	void follow() {
		JournalReader current = reader;
		if (current == null || index.rebuilding()) {
			return;
		}
		LuceneEngine embedded = index.embedded();
		if (embedded != null) {
			journal.replay(current, embedded);
		}
	}

	/** Every node runs it; only a public node has anything to do. */
	@Bean
	static RecurringJob searchFollowJob(ObjectProvider<IndexFollower> follower) {
		return RecurringJob.onEveryNode("search.follow-journal", "search.job.follow", Duration.ofSeconds(2),
				() -> follower.getObject().follow());
	}

	@Bean
	static RecurringJob searchJournalPruneJob(ObjectProvider<IndexJournal> journal) {
		return RecurringJob.daily("search.prune-journal", "search.job.prune", LocalTime.of(3, 17),
				() -> journal.getObject().prune());
	}
}
