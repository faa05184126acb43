package org.govsite.site.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.govsite.site.internal.SiteFixtures.ADMIN;
import static org.govsite.site.internal.SiteFixtures.MANAGER;
import static org.govsite.site.internal.SiteFixtures.SECOND_ADMIN;
import static org.govsite.site.internal.SiteFixtures.SETTINGS;
import static org.govsite.site.internal.SiteFixtures.act;
import static org.govsite.site.internal.SiteFixtures.applied;
import static org.govsite.site.internal.SiteFixtures.approval;
import static org.govsite.site.internal.SiteFixtures.approved;
import static org.govsite.site.internal.SiteFixtures.bare;
import static org.govsite.site.internal.SiteFixtures.complete;
import static org.govsite.site.internal.SiteFixtures.inState;
import static org.govsite.site.internal.SiteFixtures.on;
import static org.govsite.site.internal.SiteFixtures.online;
import static org.govsite.site.internal.SiteFixtures.profile;
import static org.govsite.site.internal.SiteFixtures.onlineDepartment;
import static org.govsite.site.internal.SiteFixtures.target;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.govsite.site.ApprovalLevel;
import org.govsite.site.GoLiveItem;
import org.govsite.site.GoLiveRefused;
import org.govsite.site.HistoryEntry;
import org.govsite.site.LifecycleRefused;
import org.govsite.site.LifecycleStep;
import org.govsite.site.SecurityAssessment;
import org.govsite.site.SiteRegistration;
import org.govsite.site.SiteState;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule of the lifecycle of SPEC.md §1, on the aggregate alone. */
class SiteLifecycleTests {

	@Nested
	class Opening {

		@Test
		void anApplicationWaitsForTheFirstLevel() {
			Site site = applied(complete());
			assertThat(site.state()).isEqualTo(SiteState.APPLIED);
			assertThat(site.lifecycleView(SETTINGS).nextApprovalLevel()).isEqualTo("主办单位负责人审核");
			assertThat(site.history()).extracting(HistoryEntry::step, HistoryEntry::requestedBy)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(LifecycleStep.APPLY, ADMIN));
		}

		@Test
		void levelsApproveInOrderAndTheLastMakesItApproved() {
			Site site = applied(complete());
			assertThatExceptionOfType(LifecycleRefused.class)
				.isThrownBy(() -> site.approve(SETTINGS.approvalLevels(), 1, null, act(SECOND_ADMIN, "2026-01-06T09:00")))
				.satisfies(refused -> assertThat(refused.code()).isEqualTo("site.approval.outOfOrder"));

			site.approve(SETTINGS.approvalLevels(), 0, null, act(MANAGER, "2026-01-06T09:00"));
			assertThat(site.state()).isEqualTo(SiteState.APPLIED);
			assertThat(site.lifecycleView(SETTINGS).nextApprovalLevel()).isEqualTo("主管单位审批");

			site.approve(SETTINGS.approvalLevels(), 1, null, act(SECOND_ADMIN, "2026-01-07T09:00"));
			assertThat(site.state()).isEqualTo(SiteState.APPROVED);
			assertThat(site.lifecycleView(SETTINGS).approvedOn()).isEqualTo(LocalDate.of(2026, 1, 7));
			HistoryEntry last = site.history().getLast();
			assertThat(last.requestedBy()).isEqualTo(ADMIN);
			assertThat(last.approvedBy()).isEqualTo(SECOND_ADMIN);
			assertThat(last.detail()).isEqualTo("主管单位审批");
			assertThat(site.history().get(1).approvedBy()).isEqualTo(MANAGER);
		}

		@Test
		void theApplicantNeverApprovesTheirOwnApplicationAtAnyLevel() {
			Site site = applied(complete());
			site.approve(SETTINGS.approvalLevels(), 0, null, act(MANAGER, "2026-01-06T09:00"));
			assertThatExceptionOfType(LifecycleRefused.class)
				.isThrownBy(() -> site.approve(SETTINGS.approvalLevels(), 1, null, act(ADMIN, "2026-01-07T09:00")))
				.satisfies(refused -> assertThat(refused.code()).isEqualTo("site.approval.selfApproval"));
			assertThat(site.state()).isEqualTo(SiteState.APPLIED);
			assertThat(site.lifecycleView(SETTINGS).applicant()).isEqualTo(ADMIN);

			Site byManager = Site.apply(complete(), profile(), act(MANAGER, "2026-01-05T09:00"));
			assertThatExceptionOfType(LifecycleRefused.class)
				.isThrownBy(() -> byManager.approve(SETTINGS.approvalLevels(), 0, null, act(MANAGER, "2026-01-06T09:00")));
			assertThat(byManager.approvalsGiven()).isZero();
		}

		@Test
		void aLevelCannotApproveTwice() {
			Site site = applied(complete());
			site.approve(SETTINGS.approvalLevels(), 0, null, act(MANAGER, "2026-01-06T09:00"));
			assertThatExceptionOfType(LifecycleRefused.class)
				.isThrownBy(() -> site.approve(SETTINGS.approvalLevels(), 0, null, act(MANAGER, "2026-01-06T10:00")));
		}

		@Test
		void threeConfiguredLevelsAreAllNeeded() {
			List<ApprovalLevel> levels = new ArrayList<>(SETTINGS.approvalLevels());
			levels.add(new ApprovalLevel("省政府办公厅审批", org.govsite.identity.StaffRole.SYSTEM_ADMIN));
			Site site = applied(complete());
			site.approve(levels, 0, null, act(MANAGER, "2026-01-06T09:00"));
			site.approve(levels, 1, null, act(SECOND_ADMIN, "2026-01-07T09:00"));
			assertThat(site.state()).isEqualTo(SiteState.APPLIED);
			site.approve(levels, 2, null, act(SECOND_ADMIN, "2026-01-08T09:00"));
			assertThat(site.state()).isEqualTo(SiteState.APPROVED);
		}

		@Test
		void aRejectionNeedsAReasonAndSendsTheApplicationBackToTheFirstLevel() {
			Site site = applied(complete());
			site.approve(SETTINGS.approvalLevels(), 0, null, act(MANAGER, "2026-01-06T09:00"));
			assertThatExceptionOfType(LifecycleRefused.class)
				.isThrownBy(() -> site.reject("主管单位审批", " ", act(ADMIN, "2026-01-07T09:00")))
				.satisfies(refused -> assertThat(refused.code()).isEqualTo("site.lifecycle.reasonRequired"));

			site.reject("主管单位审批", "材料不全", act(ADMIN, "2026-01-07T09:00"));
			assertThat(site.state()).isEqualTo(SiteState.APPLIED);
			assertThat(site.approvalsGiven()).isZero();
			assertThat(site.history().getLast().reason()).isEqualTo("材料不全");
			assertThatExceptionOfType(LifecycleRefused.class)
				.isThrownBy(() -> site.approve(SETTINGS.approvalLevels(), 1, null, act(SECOND_ADMIN, "2026-01-08T09:00")));
		}

		@Test
		void theGoLiveGateNamesEverythingMissing() {
			Site site = applied(bare());
			site.approve(SETTINGS.approvalLevels(), 0, null, act(MANAGER, "2026-01-06T09:00"));
			site.approve(SETTINGS.approvalLevels(), 1, null, act(SECOND_ADMIN, "2026-01-07T09:00"));
			assertThatExceptionOfType(GoLiveRefused.class).isThrownBy(() -> site.goOnline(on("2026-01-08")))
				.satisfies(refused -> assertThat(refused.missing()).containsExactly(GoLiveItem.SITE_CODE,
						GoLiveItem.DOMAIN, GoLiveItem.GOVERNMENT_BADGE, GoLiveItem.ICP_FILING,
						GoLiveItem.PUBLIC_SECURITY_FILING, GoLiveItem.SECURITY_ASSESSMENT));
			assertThat(site.state()).isEqualTo(SiteState.APPROVED);
		}

		@ParameterizedTest
		@MethodSource("org.govsite.site.internal.SiteLifecycleTests#eachItemMissing")
		void theGoLiveGateNamesEachMissingItem(SiteRegistration registration, GoLiveItem missing) {
			Site site = applied(registration);
			site.approve(SETTINGS.approvalLevels(), 0, null, act(MANAGER, "2026-01-06T09:00"));
			site.approve(SETTINGS.approvalLevels(), 1, null, act(SECOND_ADMIN, "2026-01-07T09:00"));
			assertThatExceptionOfType(GoLiveRefused.class).isThrownBy(() -> site.goOnline(on("2026-01-08")))
				.satisfies(refused -> assertThat(refused.missing()).containsExactly(missing));
		}

		@Test
		void aCompleteSiteGoesOnlineAndThatIsItsOpening() {
			Site site = approved();
			assertThat(site.goOnline(on("2026-01-08"))).isTrue();
			assertThat(site.state()).isEqualTo(SiteState.ONLINE);
			assertThat(site.lifecycleView(SETTINGS).firstOnlineOn()).isEqualTo(LocalDate.of(2026, 1, 8));
		}

		@Test
		void anApprovedSiteHasSixMonthsToGoOnline() {
			Site site = approved();
			assertThat(site.goLiveDeadline(SETTINGS)).isEqualTo(LocalDate.of(2026, 7, 7));
			SiteSettings shorter = new SiteSettings(null, 30, 30, 30, 30, 3, 30, 2, 1);
			assertThat(site.goLiveDeadline(shorter)).isEqualTo(LocalDate.of(2026, 4, 7));
			site.goOnline(on("2026-01-08"));
			assertThat(site.goLiveDeadline(SETTINGS)).isNull();
		}
	}

	@Nested
	class TemporaryOffline {

		@Test
		void aRequestNeedsAnApprovalThenTheSiteIsOfflineForThePlannedDays() {
			Site site = online();
			site.requestOffline(SETTINGS, "栏目改版", 10, act(MANAGER, "2026-03-02T09:00"));
			assertThat(site.state()).isEqualTo(SiteState.ONLINE);
			assertThat(site.request()).isNotNull();
			assertThat(site.availableSteps()).contains(LifecycleStep.APPROVE_REQUEST, LifecycleStep.REJECT_REQUEST)
				.doesNotContain(LifecycleStep.REQUEST_OFFLINE, LifecycleStep.REQUEST_LEAVE_SUPERVISION);

			site.approveRequest(null, null, act(ADMIN, "2026-03-03T09:00"));
			assertThat(site.state()).isEqualTo(SiteState.TEMPORARILY_OFFLINE);
			assertThat(site.offlinePlannedEnd()).isEqualTo(LocalDate.of(2026, 3, 13));
			assertThat(site.request()).isNull();
			HistoryEntry taken = site.history().getLast();
			assertThat(taken.step()).isEqualTo(LifecycleStep.TAKE_OFFLINE);
			assertThat(taken.requestedBy()).isEqualTo(MANAGER);
			assertThat(taken.approvedBy()).isEqualTo(ADMIN);
			assertThat(taken.reason()).isEqualTo("栏目改版");
			assertThat(taken.from()).isEqualTo(SiteState.ONLINE);
			assertThat(taken.to()).isEqualTo(SiteState.TEMPORARILY_OFFLINE);
		}

		@Test
		void itEndsByGoingBackOnlineWhichIsNoNewOpening() {
			Site site = inState(SiteState.TEMPORARILY_OFFLINE);
			assertThat(site.goOnline(on("2026-03-10"))).isFalse();
			assertThat(site.state()).isEqualTo(SiteState.ONLINE);
			assertThat(site.offlinePlannedEnd()).isNull();
		}

		@Test
		void pastThePlannedEndItIsOverdue() {
			Site site = inState(SiteState.TEMPORARILY_OFFLINE);
			assertThat(site.offlineOverdueOn(LocalDate.of(2026, 3, 13))).isFalse();
			assertThat(site.offlineOverdueOn(LocalDate.of(2026, 3, 14))).isTrue();
		}

		@Test
		void atMostThirtyDaysAndAtLeastOne() {
			for (int days : new int[] { 0, -1, 31 }) {
				Site site = online();
				assertThatExceptionOfType(LifecycleRefused.class)
					.isThrownBy(() -> site.requestOffline(SETTINGS, "升级", days, on("2026-03-02")))
					.satisfies(refused -> assertThat(refused.code()).isEqualTo("site.offline.days"));
			}
			Site site = online();
			assertThatExceptionOfType(LifecycleRefused.class)
				.isThrownBy(() -> site.requestOffline(SETTINGS, "升级", null, on("2026-03-02")));
			site.requestOffline(SETTINGS, "升级", 30, on("2026-03-02"));
			site.approveRequest(null, null, approval("2026-03-02"));
			assertThat(site.offlinePlannedEnd()).isEqualTo(LocalDate.of(2026, 4, 1));
		}

		@Test
		void theLimitIsConfigurable() {
			SiteSettings fifteen = new SiteSettings(null, 15, 30, 30, 30, 6, 30, 2, 1);
			Site site = online();
			assertThatExceptionOfType(LifecycleRefused.class)
				.isThrownBy(() -> site.requestOffline(fifteen, "升级", 16, on("2026-03-02")));
			site.requestOffline(fifteen, "升级", 15, on("2026-03-02"));
		}

		@Test
		void needsAReason() {
			Site site = online();
			assertThatExceptionOfType(LifecycleRefused.class)
				.isThrownBy(() -> site.requestOffline(SETTINGS, null, 5, on("2026-03-02")))
				.satisfies(refused -> assertThat(refused.code()).isEqualTo("site.lifecycle.reasonRequired"));
		}

		@Test
		void atMostOnceACalendarYear() {
			Site site = inState(SiteState.TEMPORARILY_OFFLINE);
			site.goOnline(on("2026-03-10"));
			assertThatExceptionOfType(LifecycleRefused.class)
				.isThrownBy(() -> site.requestOffline(SETTINGS, "再次升级", 5, on("2026-12-31")))
				.satisfies(refused -> {
					assertThat(refused.code()).isEqualTo("site.offline.oncePerYear");
					assertThat(refused.arguments()).containsExactly("2026");
				});
			assertThat(site.offlineTakenIn(2026, TestClock.CHINA)).isTrue();
		}

		@Test
		void aNewYearAllowsAnotherOne() {
			Site site = inState(SiteState.TEMPORARILY_OFFLINE);
			site.goOnline(on("2026-03-10"));
			site.requestOffline(SETTINGS, "年度升级", 5, on("2027-01-04"));
			site.approveRequest(null, null, approval("2027-01-04"));
			assertThat(site.state()).isEqualTo(SiteState.TEMPORARILY_OFFLINE);
			assertThat(site.offlineTakenIn(2027, TestClock.CHINA)).isTrue();
		}

		@Test
		void theYearOfTheApprovalCounts() {
			Site site = online();
			site.requestOffline(SETTINGS, "升级", 5, on("2026-12-30"));
			site.approveRequest(null, null, approval("2027-01-04"));
			site.goOnline(on("2027-01-09"));
			assertThat(site.offlineTakenIn(2026, TestClock.CHINA)).isFalse();
			assertThatExceptionOfType(LifecycleRefused.class)
				.isThrownBy(() -> site.requestOffline(SETTINGS, "又一次", 5, on("2027-06-01")));
		}

		@Test
		void aRejectedRequestDoesNotCount() {
			Site site = online();
			site.requestOffline(SETTINGS, "升级", 5, on("2026-03-02"));
			assertThatExceptionOfType(LifecycleRefused.class)
				.isThrownBy(() -> site.rejectRequest(" ", on("2026-03-03")));
			site.rejectRequest("时机不宜", on("2026-03-03"));
			assertThat(site.state()).isEqualTo(SiteState.ONLINE);
			assertThat(site.request()).isNull();
			assertThat(site.history().getLast().step()).isEqualTo(LifecycleStep.REJECT_REQUEST);
			site.requestOffline(SETTINGS, "升级", 5, on("2026-04-01"));
			site.approveRequest(null, null, approval("2026-04-01"));
			assertThat(site.state()).isEqualTo(SiteState.TEMPORARILY_OFFLINE);
		}

		@Test
		void oneRequestAtATime() {
			Site site = online();
			site.requestOffline(SETTINGS, "升级", 5, on("2026-03-02"));
			assertThatExceptionOfType(LifecycleRefused.class)
				.isThrownBy(() -> site.requestLeaveSupervision("文号", "标题", "撤并", on("2026-03-02")))
				.satisfies(refused -> assertThat(refused.code()).isEqualTo("site.request.pending"));
		}

		@Test
		void whoAskedMayNotApproveAndTheApproversNoteIsKept() {
			Site site = online();
			site.requestOffline(SETTINGS, "栏目改版", 10, on("2026-03-02"));
			assertThatExceptionOfType(LifecycleRefused.class)
				.isThrownBy(() -> site.approveRequest("同意", null, on("2026-03-02")))
				.satisfies(refused -> assertThat(refused.code()).isEqualTo("site.request.selfApproval"));
			assertThat(site.state()).isEqualTo(SiteState.ONLINE);

			site.approveRequest(" 同意，下线期间挂公告 ", null, approval("2026-03-03"));
			HistoryEntry taken = site.history().getLast();
			assertThat(taken.approvedBy()).isEqualTo(SECOND_ADMIN);
			assertThat(taken.reason()).isEqualTo("栏目改版");
			assertThat(taken.approvalNote()).isEqualTo("同意，下线期间挂公告");
		}

		@Test
		void nothingToApproveWithoutARequest() {
			Site site = online();
			assertThatExceptionOfType(LifecycleRefused.class).isThrownBy(() -> site.approveRequest(null, null, approval("2026-03-02")))
				.satisfies(refused -> assertThat(refused.code()).isEqualTo("site.request.none"));
			assertThatExceptionOfType(LifecycleRefused.class)
				.isThrownBy(() -> site.rejectRequest("不批", on("2026-03-02")));
		}
	}

	@Nested
	class EmergencyShutdown {

		@Test
		void needsAWrittenReportAndGoesBackOnlineAfterwards() {
			Site site = online();
			assertThatExceptionOfType(LifecycleRefused.class).isThrownBy(() -> site.shutDown("", on("2026-03-02")));
			site.shutDown("机房断电", on("2026-03-02"));
			assertThat(site.state()).isEqualTo(SiteState.EMERGENCY_SHUTDOWN);
			assertThat(site.history().getLast().reason()).isEqualTo("机房断电");
			assertThat(site.goOnline(on("2026-03-03"))).isFalse();
			assertThat(site.state()).isEqualTo(SiteState.ONLINE);
		}

		@Test
		void doesNotCountTowardTheYearlyLimit() {
			Site site = online();
			site.shutDown("网络中断", on("2026-03-02"));
			site.goOnline(on("2026-03-03"));
			assertThat(site.offlineTakenIn(2026, TestClock.CHINA)).isFalse();
			site.requestOffline(SETTINGS, "升级", 5, on("2026-05-06"));
			site.approveRequest(null, null, approval("2026-05-06"));
			assertThat(site.state()).isEqualTo(SiteState.TEMPORARILY_OFFLINE);
			site.goOnline(on("2026-05-11"));
			site.shutDown("安全责令", on("2026-06-01"));
			assertThat(site.state()).isEqualTo(SiteState.EMERGENCY_SHUTDOWN);
		}

		@Test
		void aPendingOfflineCannotBeApprovedWhileShutDown() {
			Site site = online();
			site.requestOffline(SETTINGS, "升级", 5, on("2026-03-02"));
			site.shutDown("机房断电", on("2026-03-03"));
			assertThatExceptionOfType(LifecycleRefused.class).isThrownBy(() -> site.approveRequest(null, null, approval("2026-03-03")))
				.satisfies(refused -> assertThat(refused.code()).isEqualTo("site.offline.notOnline"));
		}
	}

	@Nested
	class Closing {

		@Test
		void needsAnOnlineTargetThatIsNotItself() {
			Site site = onlineDepartment();
			site.id = 7L;
			assertThatExceptionOfType(LifecycleRefused.class)
				.isThrownBy(() -> site.requestClosing(null, "集约化", on("2026-03-02")))
				.satisfies(refused -> assertThat(refused.code()).isEqualTo("site.closing.targetRequired"));
			assertThatExceptionOfType(LifecycleRefused.class)
				.isThrownBy(() -> site.requestClosing(new MigrationTarget(7, "本站", SiteState.ONLINE), "集约化", on("2026-03-02")))
				.satisfies(refused -> assertThat(refused.code()).isEqualTo("site.closing.targetSelf"));
			assertThatExceptionOfType(LifecycleRefused.class)
				.isThrownBy(() -> site.requestClosing(new MigrationTarget(8, "他站", SiteState.APPROVED), "集约化",
						on("2026-03-02")))
				.satisfies(refused -> assertThat(refused.code()).isEqualTo("site.closing.targetNotOnline"));
			assertThatExceptionOfType(LifecycleRefused.class)
				.isThrownBy(() -> site.requestClosing(target(), null, on("2026-03-02")));
			assertThat(site.state()).isEqualTo(SiteState.ONLINE);
		}

		@Test
		void theMigrationNoticeMustStandThirtyDays() {
			Site site = onlineDepartment();
			site.requestClosing(target(), "无力维护", on("2026-03-02"));
			assertThat(site.state()).as("only a request until approved").isEqualTo(SiteState.ONLINE);
			site.approveRequest(null, target(), approval("2026-03-02"));
			assertThat(site.state()).isEqualTo(SiteState.CLOSING);
			assertThat(site.migrationTargetId()).isEqualTo(99L);
			assertThat(site.closingCompletableOn(SETTINGS)).isEqualTo(LocalDate.of(2026, 4, 1));
			assertThatExceptionOfType(LifecycleRefused.class)
				.isThrownBy(() -> site.completeClosing(SETTINGS, on("2026-03-31")))
				.satisfies(refused -> {
					assertThat(refused.code()).isEqualTo("site.closing.noticeTooShort");
					assertThat(refused.arguments()).containsExactly(30, "2026-04-01");
				});

			site.completeClosing(SETTINGS, on("2026-04-01"));
			assertThat(site.state()).isEqualTo(SiteState.CLOSED);
			assertThat(site.lifecycleView(SETTINGS).registrationsToCancel()).isTrue();
			assertThat(site.errorReportEnabled()).isFalse();
		}

		@Test
		void theNoticePeriodIsConfigurable() {
			SiteSettings sixty = new SiteSettings(null, 30, 60, 30, 30, 6, 30, 2, 1);
			Site site = onlineDepartment();
			site.requestClosing(target(), "无力维护", on("2026-03-02"));
			site.approveRequest(null, target(), approval("2026-03-02"));
			assertThatExceptionOfType(LifecycleRefused.class)
				.isThrownBy(() -> site.completeClosing(sixty, on("2026-04-01")));
			site.completeClosing(sixty, on("2026-05-01"));
			assertThat(site.state()).isEqualTo(SiteState.CLOSED);
		}
	
		@Test
		void aPortalIsNeverClosed() {
			Site portal = online();
			assertThat(portal.availableSteps()).doesNotContain(LifecycleStep.START_CLOSING);
			assertThatExceptionOfType(LifecycleRefused.class)
				.isThrownBy(() -> portal.requestClosing(target(), "集约化", on("2026-03-02")))
				.satisfies(refused -> assertThat(refused.code()).isEqualTo("site.closing.portal"));
			assertThat(portal.state()).isEqualTo(SiteState.ONLINE);
			assertThat(portal.request()).isNull();
		}

		@Test
		void closingIsARequestThatSomeoneElseApprovesAndThatCanBeRefused() {
			Site site = onlineDepartment();
			site.requestClosing(target(), "无力维护", on("2026-03-02"));
			assertThat(site.state()).isEqualTo(SiteState.ONLINE);
			assertThat(site.availableSteps()).contains(LifecycleStep.APPROVE_REQUEST, LifecycleStep.REJECT_REQUEST)
				.doesNotContain(LifecycleStep.START_CLOSING);
			assertThatExceptionOfType(LifecycleRefused.class)
				.isThrownBy(() -> site.approveRequest(null, target(), on("2026-03-02")))
				.satisfies(refused -> assertThat(refused.code()).isEqualTo("site.request.selfApproval"));

			site.rejectRequest("先完成内容梳理", approval("2026-03-03"));
			assertThat(site.state()).isEqualTo(SiteState.ONLINE);
			assertThat(site.migrationTargetId()).isNull();
		}

		@Test
		void theTargetMustStillBeOnlineWhenTheClosingIsApproved() {
			Site site = onlineDepartment();
			site.requestClosing(target(), "无力维护", on("2026-03-02"));
			assertThatExceptionOfType(LifecycleRefused.class)
				.isThrownBy(() -> site.approveRequest(null, new MigrationTarget(99, "示例市人民政府", SiteState.CLOSING),
						approval("2026-03-03")))
				.satisfies(refused -> assertThat(refused.code()).isEqualTo("site.closing.targetNotOnline"));
		}
	}

	@Nested
	class LeavingSupervision {

		@Test
		void needsTheApprovingDocument() {
			Site site = online();
			assertThatExceptionOfType(LifecycleRefused.class)
				.isThrownBy(() -> site.requestLeaveSupervision("示编〔2026〕1号", " ", "撤并", on("2026-03-02")))
				.satisfies(refused -> assertThat(refused.code()).isEqualTo("site.leave.documentRequired"));
			assertThatExceptionOfType(LifecycleRefused.class)
				.isThrownBy(() -> site.requestLeaveSupervision(null, "关于撤销的通知", "撤并", on("2026-03-02")));
		}

		@Test
		void onApprovalTheSiteLeavesAndItsErrorReportEntryGoesOff() {
			Site site = online();
			site.requestLeaveSupervision("示编〔2026〕1号", "关于撤销示例局的通知", "机构撤并", act(MANAGER, "2026-03-02T09:00"));
			assertThat(site.errorReportEnabled()).isTrue();
			site.approveRequest(null, null, act(ADMIN, "2026-03-03T09:00"));
			assertThat(site.state()).isEqualTo(SiteState.LEFT_SUPERVISION);
			assertThat(site.errorReportEnabled()).isFalse();
			assertThat(site.lifecycleView(SETTINGS).supervisionDocument()).isEqualTo("示编〔2026〕1号《关于撤销示例局的通知》");
			HistoryEntry left = site.history().getLast();
			assertThat(left.step()).isEqualTo(LifecycleStep.LEAVE_SUPERVISION);
			assertThat(left.requestedBy()).isEqualTo(MANAGER);
			assertThat(left.approvedBy()).isEqualTo(ADMIN);
			assertThat(left.reason()).isEqualTo("机构撤并");
		}

		@Test
		void aRefusedRequestLeavesTheSiteAsItWas() {
			Site site = inState(SiteState.EMERGENCY_SHUTDOWN);
			site.requestLeaveSupervision("文号", "标题", "撤并", on("2026-03-03"));
			site.rejectRequest("文件未生效", on("2026-03-04"));
			assertThat(site.state()).isEqualTo(SiteState.EMERGENCY_SHUTDOWN);
			assertThat(site.errorReportEnabled()).isTrue();
		}
	}

	@Nested
	class TheTableOfStates {

		@ParameterizedTest
		@MethodSource("org.govsite.site.internal.SiteLifecycleTests#refusedSteps")
		void everyStepTheStateDoesNotAllowIsRefused(SiteState state, LifecycleStep step) {
			Site site = inState(state);
			int entries = site.history().size();
			assertThatExceptionOfType(LifecycleRefused.class).isThrownBy(() -> take(site, step))
				.satisfies(refused -> assertThat(refused.code()).isEqualTo("site.lifecycle.notAllowed"));
			assertThat(site.state()).isEqualTo(state);
			assertThat(site.history()).hasSize(entries);
		}

		@ParameterizedTest
		@EnumSource(SiteState.class)
		void theFixturesReachEveryState(SiteState state) {
			assertThat(inState(state).state()).isEqualTo(state);
		}

		@Test
		void finalStatesAllowNothing() {
			assertThat(inState(SiteState.CLOSED).availableSteps()).isEmpty();
			assertThat(inState(SiteState.LEFT_SUPERVISION).availableSteps()).isEmpty();
		}

		@Test
		void everyStepIsInTheHistoryWithWhoAndWhen() {
			Site site = inState(SiteState.CLOSED);
			assertThat(site.history()).extracting(HistoryEntry::step)
				.containsExactly(LifecycleStep.APPLY, LifecycleStep.APPROVE, LifecycleStep.APPROVE, LifecycleStep.GO_ONLINE,
						LifecycleStep.START_CLOSING, LifecycleStep.BEGIN_CLOSING, LifecycleStep.COMPLETE_CLOSING);
			assertThat(site.history()).allSatisfy(entry -> {
				assertThat(entry.requestedBy()).isNotBlank();
				assertThat(entry.at()).isNotNull();
			});
			assertThat(site.history().get(4).detail()).isEqualTo("示例市人民政府");
			assertThat(site.history().get(4).reason()).isEqualTo("集约化整合");
			assertThat(site.history().get(5).requestedBy()).isEqualTo(ADMIN);
			assertThat(site.history().get(5).approvedBy()).isEqualTo(SECOND_ADMIN);
			assertThat(site.history().get(5).approvalNote()).isEqualTo("同意迁移");
		}
	}

	/** Performs a step with inputs good enough for it, as the service does. */
	static void take(Supervised subject, LifecycleStep step) {
		Act act = on("2026-06-01");
		switch (step) {
			case APPROVE -> subject.approve(SETTINGS.approvalLevels(), subject.approvalsGiven(), null, approval("2026-06-01"));
			case REJECT -> subject.reject("主管单位审批", "材料不全", act);
			case GO_ONLINE -> subject.goOnline(act);
			case REQUEST_OFFLINE -> subject.requestOffline(SETTINGS, "升级", 5, act);
			case EMERGENCY_SHUTDOWN -> subject.shutDown("断电", act);
			case START_CLOSING -> subject.requestClosing(target(), "集约化", act);
			case COMPLETE_CLOSING -> subject.completeClosing(SETTINGS, act);
			case REQUEST_LEAVE_SUPERVISION -> subject.requestLeaveSupervision("文号", "标题", "撤并", act);
			case APPROVE_REQUEST -> subject.approveRequest(null, target(), act);
			case REJECT_REQUEST -> subject.rejectRequest("不批", act);
			default -> subject.require(step);
		}
	}

	static Stream<Arguments> refusedSteps() {
		return Stream.of(SiteState.values())
			.flatMap(state -> Stream.of(LifecycleStep.values())
				.filter(LifecycleStep::performable)
				.filter(step -> !state.allows(step))
				.map(step -> Arguments.of(state, step)));
	}

	static Stream<Arguments> eachItemMissing() {
		SiteRegistration full = complete();
		SecurityAssessment failed = new SecurityAssessment(3, "44160213001-00001", LocalDate.of(2025, 12, 1), false);
		return Stream.of(
				Arguments.of(with(full, null, full.englishDomain(), full.icpNumber(), full.publicSecurityNumber(),
						full.badgeNumber(), full.security()), GoLiveItem.SITE_CODE),
				Arguments.of(with(full, full.siteCode(), null, full.icpNumber(), full.publicSecurityNumber(),
						full.badgeNumber(), full.security()), GoLiveItem.DOMAIN),
				Arguments.of(with(full, full.siteCode(), full.englishDomain(), full.icpNumber(),
						full.publicSecurityNumber(), null, full.security()), GoLiveItem.GOVERNMENT_BADGE),
				Arguments.of(with(full, full.siteCode(), full.englishDomain(), null, full.publicSecurityNumber(),
						full.badgeNumber(), full.security()), GoLiveItem.ICP_FILING),
				Arguments.of(with(full, full.siteCode(), full.englishDomain(), full.icpNumber(), null,
						full.badgeNumber(), full.security()), GoLiveItem.PUBLIC_SECURITY_FILING),
				Arguments.of(with(full, full.siteCode(), full.englishDomain(), full.icpNumber(),
						full.publicSecurityNumber(), full.badgeNumber(), null), GoLiveItem.SECURITY_ASSESSMENT),
				Arguments.of(with(full, full.siteCode(), full.englishDomain(), full.icpNumber(),
						full.publicSecurityNumber(), full.badgeNumber(), failed), GoLiveItem.SECURITY_ASSESSMENT));
	}

	private static SiteRegistration with(SiteRegistration full, String siteCode, String englishDomain, String icp,
			String publicSecurity, String badge, SecurityAssessment security) {
		return new SiteRegistration(full.kind(), full.parentId(), full.name(), siteCode, englishDomain,
				full.chineseDomain(), icp, publicSecurity, badge, security);
	}
}
