package org.govsite.disclosure;

import java.util.EnumSet;
import java.util.Set;

/**
 * The seven kinds of reply (SPEC.md §6, 条例 2019 article 36), each with the report rows it may be
 * counted in. Partial disclosure is {@link #DISCLOSED} counted as {@link Outcome#PARTLY_DISCLOSED}.
 */
public enum ReplyType {

	/** （一）已经主动公开: where to find it. */
	ALREADY_PUBLIC(Outcome.DISCLOSED, EnumSet.of(Outcome.DISCLOSED)),

	/** （二）予以公开: provided, or how to obtain it. */
	DISCLOSED(Outcome.DISCLOSED, EnumSet.of(Outcome.DISCLOSED, Outcome.PARTLY_DISCLOSED)),

	/** （三）不予公开: with the reason. */
	NOT_DISCLOSED(Outcome.STATE_SECRET, EnumSet.copyOf(Outcome.withholdingReasons())),

	/** （四）经检索没有所申请的信息: it does not exist. */
	NOT_EXISTING(Outcome.NOT_HELD, EnumSet.of(Outcome.NOT_HELD, Outcome.NEEDS_MAKING, Outcome.STILL_UNCLEAR)),

	/** （五）不属于本机关负责公开: with the right body if known. */
	NOT_HELD_HERE(Outcome.NOT_HELD, EnumSet.of(Outcome.NOT_HELD)),

	/** （六）重复申请: not processed again. */
	REPEATED(Outcome.REPEATED, EnumSet.of(Outcome.REPEATED)),

	/** （七）工商、不动产登记资料等: the procedure other laws provide. */
	OTHER_PROCEDURE(Outcome.OTHER, EnumSet.of(Outcome.PETITION, Outcome.PUBLICATION, Outcome.EXCESSIVE, Outcome.CONFIRMATION,
			Outcome.OTHER));

	private final Outcome usual;

	private final Set<Outcome> outcomes;

	ReplyType(Outcome usual, Set<Outcome> outcomes) {
		this.usual = usual;
		this.outcomes = outcomes;
	}

	/** Whether a reply of this type may be counted in the given row. */
	public boolean allows(Outcome outcome) {
		return outcomes.contains(outcome);
	}

	/** The row a reply of this type is counted in unless staff choose another. */
	public Outcome usualOutcome() {
		return usual;
	}
}
