package org.govsite.content.internal;

import java.time.Clock;
import java.util.List;

import org.govsite.audit.AuditEntry;
import org.govsite.audit.AuditTrail;
import org.govsite.platform.BackOffice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 定时发布 and scheduled withdrawal: every {@code govsite.content.scheduler-interval}, releases the
 * approved documents whose time has come and takes down those due to go. Several admin nodes may
 * run it: each locks the rows it takes ({@code FOR UPDATE SKIP LOCKED}), so none is done twice.
 */
@Component
@BackOffice
public class ReleaseScheduler implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(ReleaseScheduler.class);

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

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(this::runDue, settings.schedulerInterval());
	}

	/** Does all that is due now; answers how many documents it released or took down. */
	public int runDue() {
		int done = 0;
		try {
			done += run(true);
			done += run(false);
		}
		catch (RuntimeException e) {
			log.error("Scheduled publishing failed; it is tried again at the next run", e);
		}
		return done;
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
