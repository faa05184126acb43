package org.govsite.backup;

import java.time.Clock;
import java.util.List;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.govsite.backup.internal.BackupAlert;
import org.govsite.backup.internal.BackupKeeper;
import org.govsite.jobs.BackgroundJobs;

import org.springframework.stereotype.Service;

/**
 * The system administrator's backups: the sets taken, where they stand, a set taken now (on the
 * jobs facility, as the daily one) and a set's verification against its checksums.
 */
@Service
public class Backups {

	/** The daily backup's job. */
	public static final String DAILY_JOB = "backup.daily";

	private final BackupKeeper keeper;

	private final BackupAlert alert;

	private final BackgroundJobs jobs;

	private final Clock clock;

	Backups(BackupKeeper keeper, BackupAlert alert, BackgroundJobs jobs, Clock clock) {
		this.keeper = keeper;
		this.alert = alert;
		this.jobs = jobs;
		this.clock = clock;
	}

	public List<BackupSet> recent(int limit) {
		return keeper.recent(limit);
	}

	public BackupStatus status() {
		return alert.status(clock.instant());
	}

	/** Asks the jobs facility to run the daily backup now, on whichever admin node takes it. */
	public void backUpNow() {
		jobs.runNow(DAILY_JOB, RecurringTask.INSTANCE);
	}

	/** Takes a set in this thread (the daily job's work). */
	public BackupSet take() {
		return keeper.take();
	}

	public BackupSet verify(String name) {
		return keeper.verify(name);
	}
}
