package org.govsite.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.govsite.identity.StaffRole;
import org.govsite.monitor.ProblemKind;
import org.govsite.monitor.Rectification;
import org.govsite.monitor.RectificationTask;
import org.govsite.platform.NotFound;
import org.govsite.platform.RuleViolation;
import org.govsite.platform.RunAs;
import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.site.NewMediaAccountData;
import org.govsite.site.NewMediaPlatform;
import org.govsite.site.SiteManagement;
import org.govsite.test.IntegrationTest;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The supervising office's awards of bonus points reach a portal's score; a 政务新媒体 account read
 * and judged 不合格 deducts from its site's score until a later reading passes it, once: a stale one
 * as its rectification task, which the reading that finds it updated closes.
 */
@IntegrationTest
class AwardsAndNewMediaScoringTests {

	@Autowired
	PublishFixtures publish;

	@Autowired
	SelfAssessment assessment;

	@Autowired
	SiteManagement siteManagement;

	@Autowired
	TestClock clock;

	@Autowired
	Rectification rectification;

	@Test
	void anAwardedBonusPointRaisesAPortalsScore() {
		TestSite portal = publish.onlineSite();
		Score before = assessment.score(portal.id());
		assertThat(before.total()).isGreaterThan(Score.BONUS_FROM);

		asAdmin(() -> {
			assessment.award(portal.id(), "interpretation", new BigDecimal("2"), "图解、视频解读覆盖全部政策文件");
			return null;
		});
		Score after = assessment.score(portal.id());

		assertThat(after.total()).isEqualByComparingTo(before.total().add(new BigDecimal("4")));
		assertThat(after.bonuses()).extracting(Bonus::pointCode).containsExactly("interpretation");
		assertThatThrownBy(() -> asAdmin(() -> {
			assessment.award(portal.id(), "no-such-point", BigDecimal.ONE, "理由");
			return null;
		})).isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> asAdmin(() -> {
			assessment.award(portal.id(), "data", BigDecimal.ONE, " ");
			return null;
		})).isInstanceOf(RuleViolation.class);
	}

	@Test
	void aStaleNewMediaAccountBecomesARectificationTaskDeductedOnceAndClosedWhenItUpdates() {
		TestSite site = publish.onlineSite();
		long account = asAdmin(() -> siteManagement.registerNewMediaAccount(site.id(),
				new NewMediaAccountData(NewMediaPlatform.WECHAT, "测试县发布" + site.code(), "测试县人民政府办公室", null)));
		LocalDate today = LocalDate.now(clock);

		NewMediaJudgement stale = asAdmin(() -> assessment.judgeNewMedia(site.id(), account, today.minusDays(20), true));

		assertThat(stale.verdict()).isEqualTo(Verdict.FAIL);
		assertThat(stale.broken()).extracting(NewMediaRule::code).containsExactly("stale");
		List<RectificationTask> tasks = staleTasks(site);
		assertThat(tasks).singleElement().satisfies(task -> {
			assertThat(task.subject()).isEqualTo("new-media:" + account);
			assertThat(task.detail()).contains("测试县发布" + site.code(), "20 天未更新");
			assertThat(task.evidence()).contains(today.minusDays(20).toString(), "test-admin");
			assertThat(task.check()).isEqualTo("assessment.new-media");
		});
		long taskId = tasks.getFirst().id();
		// the stale account deducts under its task's point, with the task as evidence, and not again as 不合格
		List<Deduction> deductions = assessment.score(site.id()).deductions();
		assertThat(deductions).anySatisfy(deduction -> {
			assertThat(deduction.pointCode()).isEqualTo("new-media");
			assertThat(deduction.points()).isEqualByComparingTo("2");
			assertThat(deduction.evidence()).containsExactly(taskId);
		});
		assertThat(deductions).noneSatisfy(deduction -> assertThat(deduction.pointCode()).isEqualTo("new-media-failed"));

		asAdmin(() -> assessment.judgeNewMedia(site.id(), account, today.minusDays(21), true));
		assertThat(staleTasks(site)).as("one task per account while it stays stale").extracting(RectificationTask::id)
			.containsExactly(taskId);

		NewMediaJudgement fresh = asAdmin(() -> assessment.judgeNewMedia(site.id(), account, today, true));
		assertThat(fresh.verdict()).isEqualTo(Verdict.PASS);
		assertThat(staleTasks(site)).isEmpty();
		assertThat(rectification.closedRecently(site.id(), 1)).extracting(RectificationTask::id).contains(taskId);
		assertThat(assessment.score(site.id()).deductions()).noneSatisfy(deduction -> assertThat(deduction.pointCode())
			.isIn("new-media", "new-media-failed"));

		TestSite other = publish.onlineSite();
		assertThatThrownBy(() -> asAdmin(() -> assessment.judgeNewMedia(other.id(), account, today, true)))
			.as("the account is not the other site's").isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> asAdmin(() -> assessment.judgeNewMedia(site.id(), account, today.plusDays(1), true)))
			.isInstanceOf(RuleViolation.class);
	}

	@Test
	void anAccountWithoutInteractionIsJudged不合格WithoutATask() {
		TestSite site = publish.onlineSite();
		long account = asAdmin(() -> siteManagement.registerNewMediaAccount(site.id(),
				new NewMediaAccountData(NewMediaPlatform.WEIBO, "测试县微博" + site.code(), "测试县人民政府办公室", null)));

		NewMediaJudgement closed = asAdmin(() -> assessment.judgeNewMedia(site.id(), account, LocalDate.now(clock), false));

		assertThat(closed.broken()).extracting(NewMediaRule::code).containsExactly("no-interaction");
		assertThat(staleTasks(site)).isEmpty();
		assertThat(assessment.score(site.id()).deductions()).anySatisfy(deduction -> {
			assertThat(deduction.pointCode()).isEqualTo(SelfAssessment.NEW_MEDIA_FAILED);
			assertThat(deduction.points()).isEqualByComparingTo("2");
		});
	}

	private List<RectificationTask> staleTasks(TestSite site) {
		return rectification.openOf(site.id()).stream().filter(task -> task.kind() == ProblemKind.NEW_MEDIA_STALE).toList();
	}

	private static <T> T asAdmin(Supplier<T> work) {
		return RunAs.actor("test-admin", work, StaffRole.SYSTEM_ADMIN.authority(), StaffRole.STAFF_AUTHORITY);
	}
}
