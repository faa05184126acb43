package org.govsite.jobs;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One line of the jobs page.
 *
 * @param name the job's name ({@code content.release}) or, for a module's queue, its kind
 * @param label what it is, ready to show
 * @param instance which one (a site, a document), empty for a schedule
 * @param kind how it runs
 * @param state where it stands
 * @param next when it runs next, if it is waiting
 * @param lastRun when it last ended
 * @param failures the failures since its last success
 * @param error the last failure's cause
 * @param done pages or items done, for work that reports progress
 * @param total of how many
 * @param node the node that runs it or ran it last
 * @param link where to see more
 */
public record JobLine(String name, String label, String instance, Kind kind, State state, @Nullable Instant next,
		@Nullable Instant lastRun, int failures, @Nullable String error, int done, int total, @Nullable String node,
		@Nullable String link) {

	public enum Kind {
		/** Again and again, on one node at a time. */
		SCHEDULE,
		/** Again and again, on every node. */
		EVERY_NODE,
		/** Once, kept until done. */
		ONE_TIME,
		/** A module's own queue. */
		QUEUE
	}

	public enum State {
		WAITING, RUNNING, SUCCEEDED, RETRYING, FAILED
	}

	/** How far it is, in percent, when it reports progress. */
	public int percent() {
		return total <= 0 ? 0 : Math.min(100, done * 100 / total);
	}
}
