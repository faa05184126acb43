package org.govsite.disclosure;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Time the clock does not count: a third party's consultation or the time to pay a fee.
 *
 * @param limit the last day of the pause: the third party's 15th working day, the last day to pay
 * @param endedOn when the answer or the payment came, if it came
 * @param note whom a consultation went to
 * @param amount the fee in yuan, for a fee notice
 */
public record Pause(Kind kind, LocalDate from, LocalDate limit, @Nullable LocalDate endedOn, String note,
		@Nullable FeeMethod feeMethod, int quantity, int amount) {

	public enum Kind {
		/** 征求第三方意见 */
		THIRD_PARTY,
		/** 收费通知 */
		FEE
	}

	/** The day up to which the pause counts: when it ended, and never beyond its limit. */
	public LocalDate countedUntil() {
		return endedOn == null || endedOn.isAfter(limit) ? limit : endedOn;
	}

	public Pause endedOn(LocalDate day) {
		return new Pause(kind, from, limit, day, note, feeMethod, quantity, amount);
	}
}
