package org.govsite.content;

/**
 * A review that cannot finish: fewer distinct people may review than there are levels, and one
 * reviewer passes one level only.
 *
 * @param levels the levels asked for
 * @param reviewers the distinct accounts that may review (authors and editors of the document not counted)
 */
public record ReviewShortfall(int levels, int reviewers) {
}
