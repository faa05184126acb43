package org.govsite.assessment;

/**
 * A rule a 政务新媒体 account is judged by (SPEC.md §9: 2 weeks without an update, or no
 * interaction function → 不合格), as data: the account fails when its measure exceeds the limit.
 *
 * @param measure {@link NewMediaFacts#DAYS_SINCE_UPDATE} or {@link NewMediaFacts#INTERACTION_CLOSED}
 */
public record NewMediaRule(String code, String label, String measure, int limit) {
}
