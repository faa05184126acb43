package org.govsite.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;

import org.govsite.identity.StaffRole;
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
 * and judged 不合格 deducts from its site's score until a later reading passes it.
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
	void aNewMediaAccountJudged不合格DeductsUntilALaterReadingPassesIt() {
		TestSite site = publish.onlineSite();
		long account = asAdmin(() -> siteManagement.registerNewMediaAccount(site.id(),
				new NewMediaAccountData(NewMediaPlatform.WECHAT, "测试县发布" + site.code(), "测试县人民政府办公室", null)));
		LocalDate today = LocalDate.now(clock);

		NewMediaJudgement stale = asAdmin(() -> assessment.judgeNewMedia(site.id(), account, today.minusDays(20), true));

		assertThat(stale.verdict()).isEqualTo(Verdict.FAIL);
		assertThat(stale.broken()).extracting(NewMediaRule::code).containsExactly("stale");
		assertThat(assessment.score(site.id()).deductions()).anySatisfy(deduction -> {
			assertThat(deduction.pointCode()).isEqualTo("new-media-failed");
			assertThat(deduction.points()).isEqualByComparingTo("2");
		});

		NewMediaJudgement fresh = asAdmin(() -> assessment.judgeNewMedia(site.id(), account, today, true));
		assertThat(fresh.verdict()).isEqualTo(Verdict.PASS);
		assertThat(assessment.score(site.id()).deductions()).noneSatisfy(
				deduction -> assertThat(deduction.pointCode()).isEqualTo("new-media-failed"));

		TestSite other = publish.onlineSite();
		assertThatThrownBy(() -> asAdmin(() -> assessment.judgeNewMedia(other.id(), account, today, true)))
			.as("the account is not the other site's").isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> asAdmin(() -> assessment.judgeNewMedia(site.id(), account, today.plusDays(1), true)))
			.isInstanceOf(RuleViolation.class);
	}

	private static <T> T asAdmin(Supplier<T> work) {
		return RunAs.actor("test-admin", work, StaffRole.SYSTEM_ADMIN.authority(), StaffRole.STAFF_AUTHORITY);
	}
}
