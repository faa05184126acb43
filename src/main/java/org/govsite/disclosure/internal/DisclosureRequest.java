package org.govsite.disclosure.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.govsite.calendar.WorkingCalendar;
import org.govsite.disclosure.Correction;
import org.govsite.disclosure.Extension;
import org.govsite.disclosure.FeeMethod;
import org.govsite.disclosure.Outcome;
import org.govsite.disclosure.OutcomeGroup;
import org.govsite.disclosure.Pause;
import org.govsite.disclosure.Reply;
import org.govsite.disclosure.ReplyType;
import org.govsite.disclosure.RequestState;
import org.govsite.platform.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * An application for disclosure on its statutory clock (SPEC.md §6, 条例 2019), as plain rules:
 * <ul>
 * <li>20 working days from the day of receipt;</li>
 * <li>one correction notice, within 7 working days of receipt: the clock starts again from the day
 * the corrected application arrives, and without it in time the application counts as withdrawn;</li>
 * <li>third-party consultation: at most 15 working days, not counted;</li>
 * <li>a fee notice: the time to pay (20 working days by default) is not counted, and an unpaid fee
 * ends the application;</li>
 * <li>one extension of at most 20 working days, with the recorded approval of the office head.</li>
 * </ul>
 * A pause's days are the working days after the day it began up to and including the day it ended:
 * the day a consultation or notice goes out still counts, as the office worked on it.
 */
public final class DisclosureRequest {

	public static final int LIMIT = 20;

	public static final int CORRECTION_NOTICE_LIMIT = 7;

	public static final int THIRD_PARTY_LIMIT = 15;

	public static final int MAX_EXTENSION = 20;

	private final Receipt receipt;

	private RequestState state = RequestState.OPEN;

	private @Nullable Correction correction;

	private final List<Pause> pauses = new ArrayList<>();

	private @Nullable Extension extension;

	private @Nullable Reply reply;

	private @Nullable Outcome outcome;

	private @Nullable LocalDate closedOn;

	private @Nullable String redirectNote;

	public DisclosureRequest(Receipt receipt) {
		this.receipt = receipt;
	}

	/** Rebuilds a stored application. */
	public static DisclosureRequest restore(Receipt receipt, RequestState state, @Nullable Correction correction,
			List<Pause> pauses, @Nullable Extension extension, @Nullable Reply reply, @Nullable Outcome outcome,
			@Nullable LocalDate closedOn, @Nullable String redirectNote) {
		DisclosureRequest request = new DisclosureRequest(receipt);
		request.state = state;
		request.correction = correction;
		request.pauses.addAll(pauses);
		request.extension = extension;
		request.reply = reply;
		request.outcome = outcome;
		request.closedOn = closedOn;
		request.redirectNote = redirectNote;
		return request;
	}

	// --- the clock

	/** The working day the clock counts from: receipt, or the arrival of the correction. */
	public LocalDate clockStart(WorkingCalendar calendar) {
		return calendar.receiptDay(lastReceived());
	}

	/**
	 * The day the application as handled arrived: received, or corrected. Staff may act from that
	 * day on, even on a non-working day before the clock starts.
	 */
	private LocalDate lastReceived() {
		LocalDate corrected = correction == null ? null : correction.arrivedOn();
		return corrected != null ? corrected : receipt.receivedOn();
	}

	/** The last day a correction notice may go out. */
	public LocalDate correctionNoticeLimit(WorkingCalendar calendar) {
		return calendar.addWorkingDays(calendar.receiptDay(receipt.receivedOn()), CORRECTION_NOTICE_LIMIT);
	}

	/** The working days not counted, an open pause counted to its limit (the latest it can end). */
	public int pausedWorkingDays(WorkingCalendar calendar) {
		return pauses.stream().mapToInt(pause -> calendar.workingDaysBetween(pause.from(), pause.countedUntil())).sum();
	}

	/**
	 * The last day to reply. While a correction is awaited, the latest it can be: the clock
	 * restarted on the last day to correct; while a pause is open, as if it ran to its limit.
	 */
	public LocalDate dueOn(WorkingCalendar calendar) {
		int extended = extension == null ? 0 : extension.workingDays();
		if (state == RequestState.AWAITING_CORRECTION) {
			LocalDate correctBy = Objects.requireNonNull(correction).correctBy();
			return calendar.addWorkingDays(calendar.receiptDay(correctBy), LIMIT);
		}
		return calendar.addWorkingDays(clockStart(calendar), LIMIT + extended + pausedWorkingDays(calendar));
	}

	/** Whether the application is still open after its last day. */
	public boolean overdueOn(LocalDate today, WorkingCalendar calendar) {
		return !state.closed() && today.isAfter(dueOn(calendar));
	}

	/** Whether the reply came after the last day. */
	public boolean repliedLate(WorkingCalendar calendar) {
		return reply != null && reply.on().isAfter(dueOn(calendar));
	}

	// --- correction

	/** Sends the one correction notice, listing everything to correct; the clock waits. */
	public void requestCorrection(LocalDate on, String items, int workingDaysToCorrect, WorkingCalendar calendar) {
		require(RequestState.OPEN);
		if (correction != null) {
			throw new RuleViolation("disclosure.correction.once");
		}
		if (!pauses.isEmpty() || extension != null) {
			throw new RuleViolation("disclosure.correction.afterWork");
		}
		notBefore(on, receipt.receivedOn());
		if (on.isAfter(correctionNoticeLimit(calendar))) {
			throw new RuleViolation("disclosure.correction.tooLate", correctionNoticeLimit(calendar));
		}
		if (items.isBlank()) {
			throw new RuleViolation("disclosure.correction.itemsRequired");
		}
		if (workingDaysToCorrect < 1 || workingDaysToCorrect > 60) {
			throw new RuleViolation("disclosure.correction.period");
		}
		LocalDate correctBy = calendar.addWorkingDays(calendar.receiptDay(on), workingDaysToCorrect);
		correction = new Correction(on, items.strip(), correctBy, null, null);
		state = RequestState.AWAITING_CORRECTION;
	}

	/**
	 * The corrected application arrived: the clock starts again from that day. After the last day
	 * it is taken only with a recorded good reason (正当理由).
	 */
	public void correctionArrived(LocalDate on, @Nullable String lateReason) {
		require(RequestState.AWAITING_CORRECTION);
		Correction asked = Objects.requireNonNull(correction);
		notBefore(on, asked.noticeOn());
		boolean late = on.isAfter(asked.correctBy());
		if (late && (lateReason == null || lateReason.isBlank())) {
			throw new RuleViolation("disclosure.correction.late", asked.correctBy());
		}
		correction = new Correction(asked.noticeOn(), asked.items(), asked.correctBy(), on, late ? lateReason.strip() : null);
		state = RequestState.OPEN;
	}

	// --- pauses

	/** Asks a third party for its opinion: up to 15 working days not counted. */
	public void consultThirdParty(LocalDate on, String whom, WorkingCalendar calendar) {
		require(RequestState.OPEN);
		notBefore(on, lastReceived());
		if (whom.isBlank()) {
			throw new RuleViolation("disclosure.thirdParty.whomRequired");
		}
		pauses.add(new Pause(Pause.Kind.THIRD_PARTY, on, calendar.addWorkingDays(on, THIRD_PARTY_LIMIT), null, whom.strip(),
				null, 0, 0));
		state = RequestState.CONSULTING;
	}

	/** The third party answered (late answers count only to the 15th working day). */
	public void thirdPartyAnswered(LocalDate on) {
		require(RequestState.CONSULTING);
		endPause(on);
		state = RequestState.OPEN;
	}

	/**
	 * Sends a fee notice by SPEC.md's bands: only above the free threshold, one per request, and
	 * the time to pay is not counted.
	 *
	 * @return the fee in yuan
	 */
	public int noticeFee(LocalDate on, FeeMethod method, int quantity, int itemsEarlierThisMonth, int workingDaysToPay,
			WorkingCalendar calendar) {
		require(RequestState.OPEN);
		notBefore(on, lastReceived());
		if (pauses.stream().anyMatch(pause -> pause.kind() == Pause.Kind.FEE)) {
			throw new RuleViolation("disclosure.fee.once");
		}
		if (quantity < 1) {
			throw new RuleViolation("disclosure.fee.quantity");
		}
		int amount = Fees.amount(method, quantity, itemsEarlierThisMonth);
		if (amount == 0) {
			throw new RuleViolation("disclosure.fee.belowThreshold");
		}
		pauses.add(new Pause(Pause.Kind.FEE, on, calendar.addWorkingDays(on, workingDaysToPay), null, "", method, quantity,
				amount));
		state = RequestState.AWAITING_PAYMENT;
		return amount;
	}

	public void feePaid(LocalDate on) {
		require(RequestState.AWAITING_PAYMENT);
		Pause fee = pauses.getLast();
		if (on.isAfter(fee.limit())) {
			throw new RuleViolation("disclosure.fee.late", fee.limit());
		}
		endPause(on);
		state = RequestState.OPEN;
	}

	private void endPause(LocalDate on) {
		Pause open = pauses.getLast();
		notBefore(on, open.from());
		pauses.set(pauses.size() - 1, open.endedOn(on));
	}

	// --- extension

	/** Extends the limit once, by at most 20 working days, approved by the head of the disclosure office. */
	public void extend(LocalDate on, int workingDays, String approvedBy, String reason, WorkingCalendar calendar) {
		if (state.closed() || state == RequestState.AWAITING_CORRECTION) {
			throw new RuleViolation("disclosure.request.wrongState", state);
		}
		if (extension != null) {
			throw new RuleViolation("disclosure.extension.once");
		}
		if (workingDays < 1 || workingDays > MAX_EXTENSION) {
			throw new RuleViolation("disclosure.extension.tooLong", MAX_EXTENSION);
		}
		if (approvedBy.isBlank() || reason.isBlank()) {
			throw new RuleViolation("disclosure.extension.approvalRequired");
		}
		if (on.isAfter(dueOn(calendar))) {
			throw new RuleViolation("disclosure.extension.afterDeadline", dueOn(calendar));
		}
		extension = new Extension(workingDays, on, approvedBy.strip(), reason.strip());
	}

	// --- the end

	/** Replies, which ends the application; an open consultation ends with it. */
	public void reply(Reply answer, WorkingCalendar calendar) {
		if (state == RequestState.CONSULTING) {
			endPause(answer.on());
			state = RequestState.OPEN;
		}
		require(RequestState.OPEN);
		notBefore(answer.on(), lastReceived());
		if (!answer.type().allows(answer.outcome())) {
			throw new RuleViolation("disclosure.reply.outcomeMismatch");
		}
		boolean partly = answer.outcome() == Outcome.PARTLY_DISCLOSED;
		if (partly != (answer.withheldReason() != null)
				|| (partly && answer.withheldReason().group() != OutcomeGroup.NOT_DISCLOSED)) {
			throw new RuleViolation("disclosure.reply.withheldReason");
		}
		if (answer.text().isBlank()) {
			throw new RuleViolation("disclosure.reply.textRequired");
		}
		reply = answer;
		outcome = answer.outcome();
		closedOn = answer.on();
		state = RequestState.REPLIED;
	}

	/**
	 * A complaint, report or petition sent as an application: passed on to the right channel and
	 * not counted as an application.
	 */
	public void redirect(LocalDate on, String where) {
		if (state.closed()) {
			throw new RuleViolation("disclosure.request.wrongState", state);
		}
		if (where.isBlank()) {
			throw new RuleViolation("disclosure.redirect.whereRequired");
		}
		notBefore(on, receipt.receivedOn());
		redirectNote = where.strip();
		closedOn = on;
		state = RequestState.REDIRECTED;
	}

	/**
	 * Ends what has run out by {@code today}: an application whose correction did not arrive is
	 * withdrawn, one whose fee was not paid ends, a consultation without answer ends at its 15th day
	 * and the clock runs again.
	 *
	 * @return whether anything changed
	 */
	public boolean lapse(LocalDate today) {
		switch (state) {
			case AWAITING_CORRECTION -> {
				LocalDate correctBy = Objects.requireNonNull(correction).correctBy();
				if (today.isAfter(correctBy)) {
					close(RequestState.WITHDRAWN, Outcome.NO_CORRECTION, correctBy.plusDays(1));
					return true;
				}
			}
			case AWAITING_PAYMENT -> {
				LocalDate payBy = pauses.getLast().limit();
				if (today.isAfter(payBy)) {
					close(RequestState.UNPAID, Outcome.NO_PAYMENT, payBy.plusDays(1));
					return true;
				}
			}
			case CONSULTING -> {
				LocalDate answerBy = pauses.getLast().limit();
				if (today.isAfter(answerBy)) {
					state = RequestState.OPEN;
					return true;
				}
			}
			default -> {
			}
		}
		return false;
	}

	private void close(RequestState ending, Outcome counted, LocalDate on) {
		state = ending;
		outcome = counted;
		closedOn = on;
	}

	private void require(RequestState expected) {
		if (state != expected) {
			throw new RuleViolation("disclosure.request.wrongState", state);
		}
	}

	private static void notBefore(LocalDate on, LocalDate earliest) {
		if (on.isBefore(earliest)) {
			throw new RuleViolation("disclosure.request.dateTooEarly", earliest);
		}
	}

	// --- what it holds

	public Receipt receipt() {
		return receipt;
	}

	public RequestState state() {
		return state;
	}

	public @Nullable Correction correction() {
		return correction;
	}

	public List<Pause> pauses() {
		return List.copyOf(pauses);
	}

	public @Nullable Extension extension() {
		return extension;
	}

	public @Nullable Reply reply() {
		return reply;
	}

	/** The row of the annual report it is counted in, once closed (none for a redirected complaint). */
	public @Nullable Outcome outcome() {
		return outcome;
	}

	public @Nullable LocalDate closedOn() {
		return closedOn;
	}

	public @Nullable String redirectNote() {
		return redirectNote;
	}
}
