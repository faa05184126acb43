package org.govsite.content.internal;

import java.time.Clock;
import java.util.List;

import org.govsite.audit.AuditEntry;
import org.govsite.audit.AuditTrail;
import org.govsite.jobs.RecurringJob;
import org.govsite.platform.BackOffice;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 定时发布 and scheduled withdrawal: every {@code govsite.content.scheduler-interval}, releases the
 * approved documents whose time has come and takes down those due to go, as a job of the platform's
 * background work. Each run locks the rows it takes ({@code FOR UPDATE SKIP LOCKED}), so that a
 * document is never done twice, whoever else runs it.
 */
@Component
@BackOffice
public class ReleaseScheduler {

	private static final int BATCH = 50;

	private final DocumentRepository documents;

	private final Workflow workflow;

	private final TransactionTemplate transactions;

	private final AuditTrail audit;

	private final ContentSettings settings;

	private final Clock clock;

	ReleaseScheduler(DocumentRepository documents, Workflow workflow, TransactionTemplate transactions,
			AuditTrail audit, ContentSettings settings, Clock clock) {
		this.documents = documents;
		this.workflow = workflow;
		this.transactions = transactions;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
	}

	/** Runs every scheduler interval, on one admin node at a time; a failure shows on the jobs page and it runs again. */
	@Bean
	static RecurringJob releaseJob(ReleaseScheduler scheduler, ContentSettings settings) {
		return RecurringJob.every("content.release", "content.job.release", settings.schedulerInterval(), scheduler::runDue);
	}

	/** Does all that is due now; answers how many documents it released or took down. */
	public int runDue() {
		return run(true) + run(false);
	}

	private int run(boolean releases) {
		int total = 0;
		while (true) {
			List<Long> done = transactions.execute(status -> {
				List<Long> due = releases ? documents.lockDueReleases(clock.instant(), BATCH)
						: documents.lockDueWithdrawals(clock.instant(), BATCH);
				due.forEach(releases ? workflow::releaseIfDue : workflow::withdrawIfDue);
				return due;
			});
			if (done == null || done.isEmpty()) {
				return total;
			}
			total += done.size();
			done.forEach(id -> audit.record(new AuditEntry(Document.SYSTEM,
					releases ? "content.publishScheduled" : "content.withdrawScheduled", "document", String.valueOf(id),
					true, null, null)));
			if (done.size() < BATCH) {
				return total;
			}
		}
	}
}
