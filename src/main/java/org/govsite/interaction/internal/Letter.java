package org.govsite.interaction.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.govsite.calendar.WorkingCalendar;
import org.govsite.interaction.LetterState;
import org.govsite.interaction.Satisfaction;
import org.govsite.platform.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * A letter's handling, as plain rules: accepted or rejected; passed on (转办) to the unit that
 * must answer, a limited number of times; answered with a reply that someone other than its writer
 * approves; a deadline in working days from the day of receipt, extended only with a recorded
 * approval; rated by its writer, and reopened once when they are dissatisfied.
 */
public final class Letter {

	private final long mailboxId;

	private final Instant receivedAt;

	private final LocalDate receiptDay;

	private LetterState state = LetterState.RECEIVED;

	private long handlingUnit;

	private int hops;

	private boolean simple;

	private @Nullable LocalDate dueOn;

	private @Nullable String rejection;

	private @Nullable String reply;

	private @Nullable String replyWriter;

	private @Nullable Instant repliedAt;

	private @Nullable Satisfaction satisfaction;

	private boolean reopened;

	/**
	 * A letter just written.
	 *
	 * @param handlingUnit the site whose mailbox received it, the first to handle it
	 * @param receiptDay the working day on which it counts as received (a letter of a Saturday counts on Monday)
	 */
	public Letter(long mailboxId, long handlingUnit, Instant receivedAt, LocalDate receiptDay) {
		this.mailboxId = mailboxId;
		this.handlingUnit = handlingUnit;
		this.receivedAt = receivedAt;
		this.receiptDay = receiptDay;
	}

	/**
	 * A letter as stored: every field of its handling, to carry it to and from the database.
	 */
	public record Snapshot(long mailboxId, Instant receivedAt, LocalDate receiptDay, LetterState state, long handlingUnit,
			int hops, boolean simple, @Nullable LocalDate dueOn, @Nullable String rejection, @Nullable String reply,
			@Nullable String replyWriter, @Nullable Instant repliedAt, @Nullable Satisfaction satisfaction, boolean reopened) {
	}

	/** The letter as it was stored. */
	public static Letter restore(Snapshot stored) {
		Letter letter = new Letter(stored.mailboxId(), stored.handlingUnit(), stored.receivedAt(), stored.receiptDay());
		letter.state = stored.state();
		letter.hops = stored.hops();
		letter.simple = stored.simple();
		letter.dueOn = stored.dueOn();
		letter.rejection = stored.rejection();
		letter.reply = stored.reply();
		letter.replyWriter = stored.replyWriter();
		letter.repliedAt = stored.repliedAt();
		letter.satisfaction = stored.satisfaction();
		letter.reopened = stored.reopened();
		return letter;
	}

	public Snapshot snapshot() {
		return new Snapshot(mailboxId, receivedAt, receiptDay, state, handlingUnit, hops, simple, dueOn, rejection, reply,
				replyWriter, repliedAt, satisfaction, reopened);
	}

	/** Accepts the letter: its deadline is the limit's last working day counted from the day of receipt. */
	public void accept(DeadlineRule rule, boolean simpleQuestion, WorkingCalendar calendar) {
		require(LetterState.RECEIVED);
		this.simple = simpleQuestion;
		this.dueOn = calendar.addWorkingDays(receiptDay, rule.limit(simpleQuestion));
		this.state = LetterState.ACCEPTED;
	}

	public void reject(String reason) {
		require(LetterState.RECEIVED);
		if (reason.isBlank()) {
			throw new RuleViolation("interaction.letter.reasonRequired");
		}
		this.rejection = reason.strip();
		this.state = LetterState.REJECTED;
	}

	/** Passes the letter on to the unit that must answer it; its deadline stays. */
	public void assign(long unit, DeadlineRule rule) {
		require(LetterState.ACCEPTED);
		if (unit == handlingUnit) {
			throw new RuleViolation("interaction.letter.sameUnit");
		}
		if (hops >= rule.maxHops()) {
			throw new RuleViolation("interaction.letter.tooManyHops", rule.maxHops());
		}
		this.handlingUnit = unit;
		this.hops++;
	}

	/** A longer limit, only with the approval of someone other than the one who asks. */
	public void extend(int workingDays, String requestedBy, String approvedBy, String reason, WorkingCalendar calendar) {
		require(LetterState.ACCEPTED);
		if (requestedBy.equals(approvedBy)) {
			throw new RuleViolation("interaction.letter.selfApproval");
		}
		if (workingDays < 1 || reason.isBlank()) {
			throw new RuleViolation("interaction.letter.extensionIncomplete");
		}
		this.dueOn = calendar.addWorkingDays(Objects.requireNonNull(dueOn), workingDays);
	}

	public void draftReply(String text, String writer) {
		require(LetterState.ACCEPTED);
		if (text.isBlank()) {
			throw new RuleViolation("interaction.letter.replyRequired");
		}
		this.reply = text.strip();
		this.replyWriter = writer;
		this.state = LetterState.REPLY_IN_REVIEW;
	}

	/** The reply goes out; its writer never approves it. */
	public void approveReply(String reviewer, Instant now) {
		require(LetterState.REPLY_IN_REVIEW);
		if (reviewer.equals(replyWriter)) {
			throw new RuleViolation("interaction.letter.ownReply");
		}
		this.repliedAt = now;
		this.state = LetterState.REPLIED;
	}

	public void sendBackReply(String reviewer) {
		require(LetterState.REPLY_IN_REVIEW);
		if (reviewer.equals(replyWriter)) {
			throw new RuleViolation("interaction.letter.ownReply");
		}
		this.state = LetterState.ACCEPTED;
	}

	/** The writer's rating; a first dissatisfied one has the letter handled once more, with a new deadline. */
	public void rate(Satisfaction rating, DeadlineRule rule, LocalDate today, WorkingCalendar calendar) {
		require(LetterState.REPLIED);
		if (satisfaction != null) {
			throw new RuleViolation("interaction.letter.alreadyRated");
		}
		if (rating == Satisfaction.DISSATISFIED && !reopened) {
			this.reopened = true;
			this.dueOn = calendar.addWorkingDays(calendar.receiptDay(today), rule.limit(simple));
			this.state = LetterState.ACCEPTED;
			return;
		}
		this.satisfaction = rating;
	}

	/** Whether the deadline has passed without a reply. */
	public boolean overdueOn(LocalDate today) {
		return waitsForReply() && dueOn != null && today.isAfter(dueOn);
	}

	/**
	 * Whether an accepted letter has waited more than three months for its reply: one such letter
	 * fails the whole site at the national inspection (SPEC.md §7).
	 */
	public boolean unansweredBeyondThreeMonths(LocalDate today) {
		return waitsForReply() && today.isAfter(receiptDay.plusMonths(3));
	}

	private boolean waitsForReply() {
		return state == LetterState.ACCEPTED || state == LetterState.REPLY_IN_REVIEW;
	}

	private void require(LetterState expected) {
		if (state != expected) {
			throw new RuleViolation("interaction.letter.wrongState", state.name());
		}
	}

	public long mailboxId() {
		return mailboxId;
	}

	public Instant receivedAt() {
		return receivedAt;
	}

	public LocalDate receiptDay() {
		return receiptDay;
	}

	public LetterState state() {
		return state;
	}

	public long handlingUnit() {
		return handlingUnit;
	}

	public int hops() {
		return hops;
	}

	public @Nullable LocalDate dueOn() {
		return dueOn;
	}

	public @Nullable String rejection() {
		return rejection;
	}

	public boolean simple() {
		return simple;
	}

	public @Nullable String replyWriter() {
		return replyWriter;
	}

	public @Nullable String reply() {
		return reply;
	}

	public @Nullable Instant repliedAt() {
		return repliedAt;
	}

	public @Nullable Satisfaction satisfaction() {
		return satisfaction;
	}

	public boolean reopened() {
		return reopened;
	}
}
