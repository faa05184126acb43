package org.govsite.disclosure.internal;

import java.time.LocalDate;

import org.govsite.calendar.BuiltInArrangements;
import org.govsite.calendar.WorkingDays;
import org.govsite.disclosure.FeeMethod;
import org.govsite.disclosure.Outcome;
import org.govsite.disclosure.ReplyType;
import org.govsite.disclosure.RequestState;
import org.govsite.disclosure.Reply;
import org.govsite.platform.RuleViolation;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The statutory clock of an application over the 2025 and 2026 arrangements (SPEC.md §6, §11).
 * Every expected day is counted by hand in the comment beside it.
 */
class DisclosureRequestTests {

	private final WorkingDays calendar = new WorkingDays(BuiltInArrangements.all(), TestClock.CHINA);

	private static LocalDate day(int year, int month, int day) {
		return LocalDate.of(year, month, day);
	}

	@Test
	void twentyWorkingDaysAcrossNationalDay2025WithItsAdjustedWeekends() {
		DisclosureRequest request = new DisclosureRequest(Receipt.online(day(2025, 9, 25)));
		// Thu 25 Sep: 26(1), Sun 28 调休(2), 29(3), 30(4); 1–8 Oct off; 9(5), 10(6), Sat 11 调休(7),
		// 13–17(8–12), 20–24(13–17), 27(18), 28(19), 29(20)
		assertThat(request.dueOn(calendar)).isEqualTo(day(2025, 10, 29));
		assertThat(request.overdueOn(day(2025, 10, 29), calendar)).isFalse();
		assertThat(request.overdueOn(day(2025, 10, 30), calendar)).isTrue();
	}

	@Test
	void receivedOnAHolidayCountsFromTheNextWorkingDay() {
		// Sun 15 Feb 2026: 16–20 and Mon 23 are 春节, so the clock starts on Tue 24 Feb
		DisclosureRequest request = new DisclosureRequest(Receipt.inPerson(day(2026, 2, 15)));
		assertThat(request.clockStart(calendar)).isEqualTo(day(2026, 2, 24));
		// 25–27(1–3), Sat 28 调休(4), 2–6 Mar(5–9), 9–13(10–14), 16–20(15–19), 23(20)
		assertThat(request.dueOn(calendar)).isEqualTo(day(2026, 3, 23));
		// Sat 14 Feb 2026 is a working day (调休): received that day, it counts that day
		assertThat(new DisclosureRequest(Receipt.inPerson(day(2026, 2, 14))).clockStart(calendar)).isEqualTo(day(2026, 2, 14));
	}

	@Test
	void theCorrectionRestartsTheClockWhenTheCorrectedApplicationArrives() {
		DisclosureRequest request = new DisclosureRequest(Receipt.inPerson(day(2025, 12, 29)));
		// Mon 29 Dec: 30(1), 31(2); 1–2 Jan off; Sun 4 Jan 调休(3), 5(4), 6(5), 7(6), 8(7)
		assertThat(request.correctionNoticeLimit(calendar)).isEqualTo(day(2026, 1, 8));

		request.requestCorrection(day(2026, 1, 8), "请写明所需信息的名称或文号", 15, calendar);
		// 9(1), 12–16(2–6), 19–23(7–11), 26(12), 27(13), 28(14), 29(15)
		assertThat(request.correction().correctBy()).isEqualTo(day(2026, 1, 29));
		assertThat(request.state()).isEqualTo(RequestState.AWAITING_CORRECTION);
		assertThat(request.state().stopped()).isTrue();

		request.correctionArrived(day(2026, 1, 20), null);
		assertThat(request.clockStart(calendar)).isEqualTo(day(2026, 1, 20));
		// 21–23(1–3), 26–30(4–8), 2–6 Feb(9–13), 9–13(14–18), Sat 14 调休(19), then 春节 to 23, 24(20)
		assertThat(request.dueOn(calendar)).isEqualTo(day(2026, 2, 24));
	}

	@Test
	void oneCorrectionNoticeOnlyAndOnlyWithinSevenWorkingDays() {
		DisclosureRequest late = new DisclosureRequest(Receipt.inPerson(day(2025, 12, 29)));
		assertThatThrownBy(() -> late.requestCorrection(day(2026, 1, 9), "补充说明", 15, calendar))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.code()).isEqualTo("disclosure.correction.tooLate"));

		DisclosureRequest twice = new DisclosureRequest(Receipt.inPerson(day(2026, 3, 2)));
		twice.requestCorrection(day(2026, 3, 3), "补充说明", 15, calendar);
		twice.correctionArrived(day(2026, 3, 4), null);
		assertThatThrownBy(() -> twice.requestCorrection(day(2026, 3, 5), "再补充", 15, calendar))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.code()).isEqualTo("disclosure.correction.once"));
	}

	@Test
	void anUnansweredCorrectionTreatsTheApplicationAsWithdrawn() {
		DisclosureRequest request = new DisclosureRequest(Receipt.inPerson(day(2025, 9, 24)));
		request.requestCorrection(day(2025, 9, 26), "请补充申请人身份证明", 15, calendar);
		// Fri 26 Sep: Sun 28 调休(1), 29(2), 30(3); 1–8 Oct off; 9(4), 10(5), Sat 11 调休(6), 13–17(7–11), 20–23(12–15)
		assertThat(request.correction().correctBy()).isEqualTo(day(2025, 10, 23));
		// while it waits, the due day is the latest it can be: 20 working days after the last day to correct
		assertThat(request.dueOn(calendar)).isEqualTo(day(2025, 11, 20));

		assertThat(request.lapse(day(2025, 10, 23))).isFalse();
		assertThat(request.lapse(day(2025, 10, 24))).isTrue();
		assertThat(request.state()).isEqualTo(RequestState.WITHDRAWN);
		assertThat(request.outcome()).isEqualTo(Outcome.NO_CORRECTION);
		assertThat(request.closedOn()).isEqualTo(day(2025, 10, 24));
	}

	@Test
	void aLateCorrectionIsTakenOnlyWithAGoodReason() {
		DisclosureRequest request = new DisclosureRequest(Receipt.inPerson(day(2025, 9, 24)));
		request.requestCorrection(day(2025, 9, 26), "请补充申请人身份证明", 15, calendar);
		assertThatThrownBy(() -> request.correctionArrived(day(2025, 10, 24), " "))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.code()).isEqualTo("disclosure.correction.late"));
		request.correctionArrived(day(2025, 10, 24), "申请人住院，有医院证明");
		assertThat(request.correction().lateReason()).isEqualTo("申请人住院，有医院证明");
		assertThat(request.clockStart(calendar)).isEqualTo(day(2025, 10, 24));
	}

	@Test
	void thirdPartyAndPaymentTimeAreNotCountedAndAnApprovedExtensionAddsItsDays() {
		DisclosureRequest request = new DisclosureRequest(Receipt.inPerson(day(2026, 4, 30)));
		// Thu 30 Apr: 1 May, 4–5 May off; 6(1), 7(2), 8(3), Sat 9 调休(4), 11–15(5–9), 18–22(10–14), 25–29(15–19), 1 Jun(20)
		assertThat(request.dueOn(calendar)).isEqualTo(day(2026, 6, 1));

		request.consultThirdParty(day(2026, 5, 12), "某某建设有限公司", calendar);
		assertThat(request.state()).isEqualTo(RequestState.CONSULTING);
		// while the third party has time (to 2 Jun, the 15th working day), the due day assumes it takes all of it
		assertThat(request.pauses().getFirst().limit()).isEqualTo(day(2026, 6, 2));
		assertThat(request.pausedWorkingDays(calendar)).isEqualTo(15);
		request.thirdPartyAnswered(day(2026, 6, 1));
		// 13–15 May(3), 18–22(8), 25–29(13), 1 Jun(14)
		assertThat(request.pausedWorkingDays(calendar)).isEqualTo(14);

		int fee = request.noticeFee(day(2026, 6, 3), FeeMethod.BY_PAGE, 120, 0, 20, calendar);
		assertThat(fee).as("70 pages at ¥10 and 20 at ¥20").isEqualTo(1100);
		request.feePaid(day(2026, 6, 10));
		// 4, 5, 8, 9, 10 Jun
		assertThat(request.pausedWorkingDays(calendar)).isEqualTo(19);
		// 1 Jun was the 20th; 39 working days: 2–5(21–24), 8–12(25–29), 15–18(30–33), 19 Jun 端午 off, 22–26(34–38), 29(39)
		assertThat(request.dueOn(calendar)).isEqualTo(day(2026, 6, 29));

		request.extend(day(2026, 6, 26), 20, "王主任（政务公开办公室）", "涉及多个部门的档案，需逐件核查", calendar);
		// 30 Jun(40) … 20 more working days, July has no holiday: 1–3(41–43), 6–10(44–48), 13–17(49–53), 20–24(54–58), 27(59)
		assertThat(request.dueOn(calendar)).isEqualTo(day(2026, 7, 27));
		assertThat(request.extension().approvedBy()).isEqualTo("王主任（政务公开办公室）");

		request.reply(new Reply(ReplyType.DISCLOSED, Outcome.PARTLY_DISCLOSED, Outcome.THIRD_PARTY_RIGHTS, "部分公开", day(2026, 7, 27)),
				calendar);
		assertThat(request.state()).isEqualTo(RequestState.REPLIED);
		assertThat(request.repliedLate(calendar)).isFalse();
	}

	@Test
	void anUnansweredConsultationCountsOnlyItsFifteenWorkingDays() {
		DisclosureRequest request = new DisclosureRequest(Receipt.inPerson(day(2026, 4, 30)));
		request.consultThirdParty(day(2026, 5, 12), "某某建设有限公司", calendar);
		assertThat(request.lapse(day(2026, 6, 2))).isFalse();
		assertThat(request.lapse(day(2026, 6, 3))).isTrue();
		assertThat(request.state()).isEqualTo(RequestState.OPEN);
		assertThat(request.pausedWorkingDays(calendar)).isEqualTo(15);
		// 1 Jun was the 20th; 15 more: 2–5(4), 8–12(9), 15–18(13), 22(14), 23(15)
		assertThat(request.dueOn(calendar)).isEqualTo(day(2026, 6, 23));
	}

	@Test
	void anExtensionNeedsTheOfficeHeadsApprovalIsAtMostTwentyDaysAndOnce() {
		DisclosureRequest request = new DisclosureRequest(Receipt.inPerson(day(2026, 4, 30)));
		assertThatThrownBy(() -> request.extend(day(2026, 5, 20), 21, "王主任", "量大", calendar))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.code()).isEqualTo("disclosure.extension.tooLong"));
		assertThatThrownBy(() -> request.extend(day(2026, 5, 20), 10, " ", "量大", calendar))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.code()).isEqualTo("disclosure.extension.approvalRequired"));
		assertThatThrownBy(() -> request.extend(day(2026, 6, 2), 10, "王主任", "量大", calendar)).as("after the last day")
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.code()).isEqualTo("disclosure.extension.afterDeadline"));
		request.extend(day(2026, 5, 20), 10, "王主任", "量大", calendar);
		assertThatThrownBy(() -> request.extend(day(2026, 5, 21), 5, "王主任", "量大", calendar))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.code()).isEqualTo("disclosure.extension.once"));
	}

	@Test
	void anUnpaidFeeEndsTheApplication() {
		DisclosureRequest request = new DisclosureRequest(Receipt.inPerson(day(2026, 9, 21)));
		assertThatThrownBy(() -> request.noticeFee(day(2026, 9, 22), FeeMethod.BY_PAGE, 30, 0, 20, calendar))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.code()).isEqualTo("disclosure.fee.belowThreshold"));
		request.noticeFee(day(2026, 9, 22), FeeMethod.BY_ITEM, 12, 0, 20, calendar);
		// Tue 22 Sep: 23(1), 24(2), 25 off, 28–30(3–5), 1–7 Oct off, 8(6), 9(7), Sat 10 调休(8), 12–16(9–13), 19–23(14–18), 26(19), 27(20)
		assertThat(request.pauses().getFirst().limit()).isEqualTo(day(2026, 10, 27));
		assertThatThrownBy(() -> request.feePaid(day(2026, 10, 28)))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.code()).isEqualTo("disclosure.fee.late"));
		assertThat(request.lapse(day(2026, 10, 28))).isTrue();
		assertThat(request.state()).isEqualTo(RequestState.UNPAID);
		assertThat(request.outcome()).isEqualTo(Outcome.NO_PAYMENT);
	}

	@Test
	void aReplyIsCountedInARowItsTypeAllowsAndAPartialOneNamesTheWithheldReason() {
		DisclosureRequest request = new DisclosureRequest(Receipt.online(day(2026, 3, 2)));
		assertThatThrownBy(() -> request.reply(new Reply(ReplyType.REPEATED, Outcome.DISCLOSED, null, "重复申请", day(2026, 3, 3)),
				calendar)).isInstanceOfSatisfying(RuleViolation.class,
						v -> assertThat(v.code()).isEqualTo("disclosure.reply.outcomeMismatch"));
		assertThatThrownBy(() -> request.reply(new Reply(ReplyType.DISCLOSED, Outcome.PARTLY_DISCLOSED, null, "部分", day(2026, 3, 3)),
				calendar)).isInstanceOfSatisfying(RuleViolation.class,
						v -> assertThat(v.code()).isEqualTo("disclosure.reply.withheldReason"));
		assertThatThrownBy(() -> request.reply(
				new Reply(ReplyType.DISCLOSED, Outcome.PARTLY_DISCLOSED, Outcome.REPEATED, "部分", day(2026, 3, 3)), calendar))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.code()).isEqualTo("disclosure.reply.withheldReason"));
		for (ReplyType type : ReplyType.values()) {
			assertThat(type.allows(type.usualOutcome())).as(type.name()).isTrue();
		}
		request.reply(new Reply(ReplyType.NOT_HELD_HERE, Outcome.NOT_HELD, null, "请向县自然资源局申请", day(2026, 3, 3)), calendar);
		assertThat(request.outcome()).isEqualTo(Outcome.NOT_HELD);
	}

	@Test
	void aComplaintSentAsAnApplicationIsRedirectedAndNotCounted() {
		DisclosureRequest request = new DisclosureRequest(Receipt.online(day(2026, 3, 2)));
		request.redirect(day(2026, 3, 3), "已转县信访局");
		assertThat(request.state()).isEqualTo(RequestState.REDIRECTED);
		assertThat(request.outcome()).isNull();
		assertThat(request.overdueOn(day(2026, 12, 1), calendar)).isFalse();
	}

	@Test
	void aReplyAfterTheLastDayIsLate() {
		DisclosureRequest request = new DisclosureRequest(Receipt.online(day(2025, 9, 25)));
		request.reply(new Reply(ReplyType.ALREADY_PUBLIC, Outcome.DISCLOSED, null, "已在政府信息公开平台公开", day(2025, 10, 30)), calendar);
		assertThat(request.repliedLate(calendar)).isTrue();
	}

	@Test
	void staffMayActOnTheNonWorkingDayACorrectionArrivesBeforeTheClockStartsAgain() {
		// Sunday 6 Dec 2026: received online, correction asked and received the same Sunday, answered at once
		DisclosureRequest request = new DisclosureRequest(Receipt.online(day(2026, 12, 6)));
		request.requestCorrection(day(2026, 12, 6), "请写明文号", 15, calendar);
		request.correctionArrived(day(2026, 12, 6), null);
		assertThat(request.clockStart(calendar)).isEqualTo(day(2026, 12, 7));
		request.reply(new Reply(ReplyType.ALREADY_PUBLIC, Outcome.DISCLOSED, null, "已主动公开", day(2026, 12, 6)), calendar);
		assertThat(request.state()).isEqualTo(RequestState.REPLIED);
	}
}
