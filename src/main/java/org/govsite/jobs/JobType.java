package org.govsite.jobs;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * A kind of one-time work, declared as a bean: queued with {@link BackgroundJobs#queue}, kept in
 * the database until done, run on one admin node, and tried again after a failure, each time
 * waiting twice as long, until its attempts are used up; then it shows as failed in the console,
 * where it can be run again.
 *
 * @param name unique over the platform, {@code <module>.<what>}
 * @param labelKey message-bundle key of its name in the console
 * @param maxAttempts how often it is tried in all
 * @param firstRetry the wait before the first retry
 * @param work what it does with the job's text (an id, usually)
 */
public record JobType(String name, String labelKey, int maxAttempts, Duration firstRetry, Consumer<String> work) {

	public JobType {
		checkName(name);
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("A job is tried at least once: " + name);
		}
	}

	static void checkName(String name) {
		if (!name.matches("[a-z]+\\.[a-zA-Z-]+")) {
			throw new IllegalArgumentException("A job is named <module>.<what>: " + name);
		}
	}
}
