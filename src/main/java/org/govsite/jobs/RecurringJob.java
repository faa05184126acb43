package org.govsite.jobs;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Work a module wants done again and again, declared as a bean. Most runs on one admin node at a
 * time, whichever takes it (a daily scan, scheduled releases); work that every node must do for
 * itself (rereading a cache, looking at a node-local queue) runs on every node, in every role.
 *
 * @param name unique over the platform, {@code <module>.<what>}
 * @param labelKey message-bundle key of its name in the console
 * @param every the pause between the end of a run and the next start, or
 * @param dailyAt the time of day it runs, in the platform's zone
 * @param everyNode whether every node runs it (else one node at a time)
 * @param work what it does; a failure is recorded and the work runs again at its next time
 */
public record RecurringJob(String name, String labelKey, @Nullable Duration every, @Nullable LocalTime dailyAt,
		boolean everyNode, Runnable work) {

	public RecurringJob {
		JobType.checkName(name);
		if ((every == null) == (dailyAt == null)) {
			throw new IllegalArgumentException("A recurring job runs either every so often or daily at a time: " + name);
		}
		if (everyNode && every == null) {
			throw new IllegalArgumentException("Work for every node runs every so often: " + name);
		}
		Objects.requireNonNull(work);
	}

	/** Runs on one admin node at a time, this long after its last run ended. */
	public static RecurringJob every(String name, String labelKey, Duration every, Runnable work) {
		return new RecurringJob(name, labelKey, every, null, false, work);
	}

	/** Runs on one admin node, once a day at the time. */
	public static RecurringJob daily(String name, String labelKey, LocalTime at, Runnable work) {
		return new RecurringJob(name, labelKey, null, at, false, work);
	}

	/** Runs on every node of every role, this long after its last run there ended. */
	public static RecurringJob onEveryNode(String name, String labelKey, Duration every, Runnable work) {
		return new RecurringJob(name, labelKey, every, null, true, work);
	}
}
