package org.govsite.audit;

import org.jspecify.annotations.Nullable;

/**
 * The stored trail checked against chain heads the audit administrator kept: every head's
 * signature must be the installation's and its seq must still carry its hash.
 *
 * @param headsChecked how many heads matched before the first that does not (all of them when intact)
 * @param firstBadLine the line of the uploaded file with the first head that does not match, or {@code null}
 * @param firstBad that head, or {@code null} when intact or when the line could not be read
 * @param problem what is wrong with it, or {@code null} when intact
 */
public record HeadVerification(int headsChecked, @Nullable Integer firstBadLine, @Nullable SignedHead firstBad,
		@Nullable Problem problem) {

	public static HeadVerification intact(int headsChecked) {
		return new HeadVerification(headsChecked, null, null, null);
	}

	public boolean isIntact() {
		return problem == null;
	}

	/** Why a head does not match; shown through {@code audit.head.problem.<name>}. */
	public enum Problem {

		/** The line is not a signed head. */
		UNREADABLE,

		/** The signature is not the installation's: the head was not signed by this platform, or was changed. */
		BAD_SIGNATURE,

		/** The record the head names no longer exists: the trail was cut back. */
		MISSING,

		/** The record the head names has another hash now: the trail was changed and its chain recomputed. */
		MISMATCH,

		/** No heads were given. */
		EMPTY
	}
}
