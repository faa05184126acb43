package org.govsite.assessment;

/**
 * A site's place in the group's ranking of a day.
 *
 * @param rank 1 for the best; vetoed sites come last
 * @param openProblems its rectification tasks not yet closed
 * @param flagged 不合格, or among the last three twice in a row: for talks or shutdown (SPEC.md §9)
 */
public record RankedSite(int rank, long siteId, String siteName, SiteScore score, int openProblems, boolean flagged) {
}
