package org.govsite.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of checking the audit trail's hash chain: intact, or the first record that no
 * longer matches and why.
 *
 * @param checkedRecords how many records were found intact before the first bad one (all of
 *        them when intact)
 * @param firstBadSeq the seq of the first record that no longer matches, or {@code null}
 * @param problem what is wrong with it, or {@code null} when intact
 * @param headSeq the seq of the newest record according to the chain head
 */
public record ChainVerification(long checkedRecords, @Nullable Long firstBadSeq, @Nullable Problem problem,
		long headSeq) {

	public static ChainVerification intact(long checkedRecords) {
		return new ChainVerification(checkedRecords, null, null, checkedRecords);
	}

	public static ChainVerification broken(long checkedRecords, long firstBadSeq, Problem problem, long headSeq) {
		return new ChainVerification(checkedRecords, firstBadSeq, problem, headSeq);
	}

	public boolean isIntact() {
		return problem == null;
	}

	/** What is wrong at the first bad record; shown through {@code audit.problem.<name>}. */
	public enum Problem {

		/** The record's fields no longer match its hash: it was changed. */
		ALTERED,

		/** There is no record with this seq although later ones exist: it was deleted. */
		MISSING,

		/** The record's previous hash is not the hash of the record before it: the chain was spliced. */
		UNLINKED,

		/** The newest records, from this seq up to the head, were deleted. */
		TRUNCATED,

		/** The chain head does not hold the hash of the newest record: the head was changed. */
		HEAD_MISMATCH,

		/** Records exist after the head, which no append writes: they were inserted from outside. */
		BEYOND_HEAD,

		/** The trail was written with another chain key; nothing can be checked with this one. */
		KEY_MISMATCH
	}
}
