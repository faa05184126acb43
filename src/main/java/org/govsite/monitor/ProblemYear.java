package org.govsite.monitor;

/**
 * What the daily inspection found of one kind of problem across the group in a year, for the
 * supervisor's yearly oversight report.
 *
 * @param found the tasks opened in the year
 * @param closed the tasks closed in the year (rectified and re-checked)
 */
public record ProblemYear(ProblemKind kind, int found, int closed) {
}
