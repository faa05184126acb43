package org.govsite.interaction.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.govsite.calendar.BuiltInArrangements;
import org.govsite.calendar.WorkingCalendar;
import org.govsite.calendar.WorkingDays;
import org.govsite.interaction.LetterState;
import org.govsite.interaction.Satisfaction;
import org.govsite.platform.QueryCodes;
import org.govsite.platform.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A letter's handling rules, on the real 2025 and 2026 calendars (dates counted by hand in each test). */
class LetterTests {

	static final WorkingCalendar CALENDAR = new WorkingDays(BuiltInArrangements.all(), java.time.ZoneId.of("Asia/Shanghai"));

	static final Instant NOW = Instant.parse("2026-02-07T02:00:00Z");

	static Letter receivedOn(LocalDate day) {
		return new Letter(1, 10, NOW, CALENDAR.receiptDay(day));
	}

	@Test
	void aLetterOfAnOrdinarySaturdayCountsFromMondayAndEndsOnTheAdjustedWorkingSaturday() {
		// Sat 7 Feb → received Mon 9 Feb; 10, 11, 12, 13 Feb and Sat 14 Feb (调休) are the five working days
		Letter letter = receivedOn(LocalDate.of(2026, 2, 7));
		letter.accept(DeadlineRule.DEFAULT, false, CALENDAR);

		assertThat(letter.receiptDay()).isEqualTo(LocalDate.of(2026, 2, 9));
		assertThat(letter.dueOn()).isEqualTo(LocalDate.of(2026, 2, 14));
	}

	@Test
	void aLetterOnTheWorkingSaturdayBeforeSpringFestivalWaitsOutTheHoliday() {
		// Sat 14 Feb is a working day; 15–23 Feb are off; 24, 25, 26, 27 Feb and Sat 28 Feb (调休) count
		Letter letter = receivedOn(LocalDate.of(2026, 2, 14));
		letter.accept(DeadlineRule.DEFAULT, false, CALENDAR);

		assertThat(letter.dueOn()).isEqualTo(LocalDate.of(2026, 2, 28));
	}

	@Test
	void aLetterBeforeNationalDayCountsTheWorkingSaturdayAfterIt() {
		// Wed 30 Sep; 1–7 Oct off; Thu 8, Fri 9, Sat 10 Oct (调休), Mon 12, Tue 13 Oct
		Letter letter = receivedOn(LocalDate.of(2026, 9, 30));
		letter.accept(DeadlineRule.DEFAULT, false, CALENDAR);

		assertThat(letter.dueOn()).isEqualTo(LocalDate.of(2026, 10, 13));
	}

	@Test
	void aLetterOfTheSaturdayBeforeSpringFestival2025CountsFromTheAdjustedSunday() {
		// Sat 25 Jan 2025 is off, Sun 26 Jan a working day (调休): received then; Mon 27 Jan, 28 Jan–4 Feb off,
		// Wed 5, Thu 6, Fri 7 Feb and Sat 8 Feb (调休)
		Letter letter = receivedOn(LocalDate.of(2025, 1, 25));
		letter.accept(DeadlineRule.DEFAULT, false, CALENDAR);

		assertThat(letter.receiptDay()).isEqualTo(LocalDate.of(2025, 1, 26));
		assertThat(letter.dueOn()).isEqualTo(LocalDate.of(2025, 2, 8));
	}

	@Test
	void aLetterBeforeNationalDay2025WaitsOutTheEightDaysOff() {
		// Tue 30 Sep 2025; 1–8 Oct off; Thu 9, Fri 10, Sat 11 Oct (调休), Mon 13, Tue 14 Oct
		Letter letter = receivedOn(LocalDate.of(2025, 9, 30));
		letter.accept(DeadlineRule.DEFAULT, false, CALENDAR);

		assertThat(letter.dueOn()).isEqualTo(LocalDate.of(2025, 10, 14));
	}

	@Test
	void aLetterOfNewYearsEveCountsIntoTheNextYearsArrangement() {
		// Wed 31 Dec 2025; 1–2 Jan 2026 off; Sun 4 Jan (调休), Mon 5 to Thu 8 Jan
		Letter letter = receivedOn(LocalDate.of(2025, 12, 31));
		letter.accept(DeadlineRule.DEFAULT, false, CALENDAR);

		assertThat(letter.dueOn()).isEqualTo(LocalDate.of(2026, 1, 8));
	}

	@Test
	void aSimpleQuestionIsAnsweredWithinOneWorkingDay() {
		// Fri 18 Sep; Sat 19 off; Sun 20 Sep is a working day (调休)
		Letter letter = receivedOn(LocalDate.of(2026, 9, 18));
		letter.accept(DeadlineRule.DEFAULT, true, CALENDAR);

		assertThat(letter.dueOn()).isEqualTo(LocalDate.of(2026, 9, 20));
	}

	@Test
	void aRejectionNeedsAReasonAndEndsTheLetter() {
		Letter letter = receivedOn(LocalDate.of(2026, 3, 2));
		assertThatThrownBy(() -> letter.reject(" ")).extracting("code").isEqualTo("interaction.letter.reasonRequired");

		letter.reject("内容与政务无关");
		assertThat(letter.state()).isEqualTo(LetterState.REJECTED);
		assertThatThrownBy(() -> letter.accept(DeadlineRule.DEFAULT, false, CALENDAR))
			.extracting("code").isEqualTo("interaction.letter.wrongState");
	}

	@Test
	void aLetterIsPassedOnNoMoreThanTheMailboxAllows() {
		Letter letter = receivedOn(LocalDate.of(2026, 3, 2));
		letter.accept(DeadlineRule.DEFAULT, false, CALENDAR);
		LocalDate due = letter.dueOn();

		letter.assign(20, DeadlineRule.DEFAULT);
		letter.assign(30, DeadlineRule.DEFAULT);
		assertThatThrownBy(() -> letter.assign(40, DeadlineRule.DEFAULT)).extracting("code")
			.isEqualTo("interaction.letter.tooManyHops");
		assertThatThrownBy(() -> letter.assign(30, DeadlineRule.DEFAULT)).isInstanceOf(RuleViolation.class);
		assertThat(letter.handlingUnit()).isEqualTo(30);
		assertThat(letter.dueOn()).as("passing a letter on does not move its deadline").isEqualTo(due);
	}

	@Test
	void theWriterOfAReplyNeverApprovesIt() {
		Letter letter = receivedOn(LocalDate.of(2026, 3, 2));
		letter.accept(DeadlineRule.DEFAULT, false, CALENDAR);
		letter.draftReply("已转交有关部门处理。", "wang");

		assertThatThrownBy(() -> letter.approveReply("wang", NOW)).extracting("code").isEqualTo("interaction.letter.ownReply");
		letter.sendBackReply("li");
		assertThat(letter.state()).isEqualTo(LetterState.ACCEPTED);
		letter.draftReply("经核实，该路段将于下月修复。", "wang");
		letter.approveReply("li", NOW);
		assertThat(letter.state()).isEqualTo(LetterState.REPLIED);
		assertThat(letter.reply()).isEqualTo("经核实，该路段将于下月修复。");
	}

	@Test
	void anExtensionNeedsAnotherPersonsApprovalAndAReason() {
		Letter letter = receivedOn(LocalDate.of(2026, 3, 2));
		letter.accept(DeadlineRule.DEFAULT, false, CALENDAR);
		assertThat(letter.dueOn()).isEqualTo(LocalDate.of(2026, 3, 9));

		assertThatThrownBy(() -> letter.extend(5, "wang", "wang", "需要现场核实", CALENDAR)).extracting("code")
			.isEqualTo("interaction.letter.selfApproval");
		assertThatThrownBy(() -> letter.extend(5, "wang", "zhao", "", CALENDAR)).extracting("code")
			.isEqualTo("interaction.letter.extensionIncomplete");
		letter.extend(5, "wang", "zhao", "需要现场核实", CALENDAR);
		assertThat(letter.dueOn()).isEqualTo(LocalDate.of(2026, 3, 16));
	}

	@Test
	void aDissatisfiedWriterHasTheLetterHandledOnceMore() {
		Letter letter = receivedOn(LocalDate.of(2026, 3, 2));
		letter.accept(DeadlineRule.DEFAULT, false, CALENDAR);
		letter.draftReply("答复一", "wang");
		letter.approveReply("li", NOW);

		letter.rate(Satisfaction.DISSATISFIED, DeadlineRule.DEFAULT, LocalDate.of(2026, 3, 10), CALENDAR);
		assertThat(letter.state()).isEqualTo(LetterState.ACCEPTED);
		assertThat(letter.reopened()).isTrue();
		assertThat(letter.dueOn()).isEqualTo(LocalDate.of(2026, 3, 17));

		letter.draftReply("答复二", "wang");
		letter.approveReply("li", NOW);
		letter.rate(Satisfaction.DISSATISFIED, DeadlineRule.DEFAULT, LocalDate.of(2026, 3, 18), CALENDAR);
		assertThat(letter.state()).as("reopened once only").isEqualTo(LetterState.REPLIED);
		assertThat(letter.satisfaction()).isEqualTo(Satisfaction.DISSATISFIED);
		assertThatThrownBy(() -> letter.rate(Satisfaction.SATISFIED, DeadlineRule.DEFAULT, LocalDate.of(2026, 3, 19), CALENDAR))
			.extracting("code").isEqualTo("interaction.letter.alreadyRated");
	}

	@Test
	void anAcceptedLetterUnansweredForMoreThanThreeMonthsIsFlagged() {
		Letter letter = receivedOn(LocalDate.of(2026, 3, 2));
		letter.accept(DeadlineRule.DEFAULT, false, CALENDAR);

		assertThat(letter.overdueOn(LocalDate.of(2026, 3, 9))).isFalse();
		assertThat(letter.overdueOn(LocalDate.of(2026, 3, 10))).isTrue();
		assertThat(letter.unansweredBeyondThreeMonths(LocalDate.of(2026, 6, 2))).isFalse();
		assertThat(letter.unansweredBeyondThreeMonths(LocalDate.of(2026, 6, 3))).isTrue();

		letter.draftReply("答复", "wang");
		letter.approveReply("li", NOW);
		assertThat(letter.unansweredBeyondThreeMonths(LocalDate.of(2026, 9, 1))).isFalse();
	}

	@Test
	void thePublishedNameIsTheSurnameOnly() {
		assertThat(WriterName.shown("张三丰", false)).isEqualTo("张先生");
		assertThat(WriterName.shown("欧阳娜娜", true)).isEqualTo("欧阳女士");
		assertThat(WriterName.shown("李", true)).isEqualTo("李女士");
		assertThat(WriterName.shown("王五", null)).isEqualTo("网友");
	}

	@Test
	void queryCodesAreLongUnambiguousAndNormalisedAsTyped() {
		String code = QueryCodes.next();
		assertThat(code).hasSize(12).doesNotContainAnyWhitespaces().matches("[2-9A-HJKMNP-Z]{12}");
		assertThat(QueryCodes.normalized(" " + code.substring(0, 4).toLowerCase() + "-" + code.substring(4) + " "))
			.isEqualTo(code);
		assertThat(QueryCodes.next()).isNotEqualTo(code);
	}
}
