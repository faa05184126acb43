package org.govsite.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.function.Supplier;

import org.govsite.identity.StaffRole;
import org.govsite.platform.RunAs;
import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.site.NewMediaAccountData;
import org.govsite.site.NewMediaPlatform;
import org.govsite.site.SiteManagement;
import org.govsite.test.IntegrationTest;
import org.govsite.test.TestClock;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The supervising office records an award and a 政务新媒体 reading through the console and the
 * site's next score counts them; a malformed entry comes back in Chinese with its input, and
 * nothing is stored.
 */
@IntegrationTest
class AwardsConsoleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PublishFixtures publish;

	@Autowired
	SelfAssessment assessment;

	@Autowired
	SiteManagement siteManagement;

	@Autowired
	TestClock clock;

	@Test
	void anAwardEnteredInTheConsoleRaisesThePortalsScore() throws Exception {
		TestSite portal = publish.onlineSite();
		Score before = assessment.score(portal.id());

		mvc.perform(post("/admin/assessment/sites/{id}/awards", portal.id()).with(admin()).with(csrf())
			.param("bonusCode", "response").param("units", "2").param("note", "回应关切及时，获省政府办公厅通报表扬"))
			.andExpect(redirectedUrl("/admin/assessment/sites/" + portal.id() + "/entries"));

		assertThat(assessment.score(portal.id()).total()).isEqualByComparingTo(before.total().add(new java.math.BigDecimal("4")));
		String page = mvc.perform(get("/admin/assessment/sites/{id}/entries", portal.id()).with(admin()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("回应关切及时，获省政府办公厅通报表扬");
		assertThat(Jsoup.parse(page).select("#awards tbody th").eachText())
			.as("the award names its bonus point by its label, not its code").containsExactly("回应关切及时、效果好");
	}

	@Test
	void aStaleAccountsReadingEnteredInTheConsoleDeducts() throws Exception {
		TestSite site = publish.onlineSite();
		long account = RunAs.actor("test-admin", () -> siteManagement.registerNewMediaAccount(site.id(),
				new NewMediaAccountData(NewMediaPlatform.WEIBO, "测试县微博" + site.code(), "测试县人民政府办公室" + site.code(), null)),
				StaffRole.SYSTEM_ADMIN.authority(), StaffRole.STAFF_AUTHORITY);
		LocalDate today = LocalDate.now(clock);

		mvc.perform(post("/admin/assessment/sites/{id}/new-media", site.id()).with(admin()).with(csrf())
			.param("accountId", String.valueOf(account)).param("lastUpdateOn", today.minusDays(30).toString())
			.param("interactionOpen", "true"))
			.andExpect(redirectedUrl("/admin/assessment/sites/" + site.id() + "/entries"));

		assertThat(assessment.score(site.id()).deductions()).anySatisfy(
				deduction -> assertThat(deduction.pointCode()).isEqualTo("new-media"));
		assertThat(mvc.perform(get("/admin/assessment/sites/{id}/entries", site.id()).with(admin()))
			.andReturn().getResponse().getContentAsString())
			.contains("测试县微博" + site.code(), "两周内无更新", "不合格");
	}

	@Test
	void malformedEntriesAreRefusedInChineseKeepingTheInput() throws Exception {
		TestSite portal = publish.onlineSite();
		long account = RunAs.actor("test-admin", () -> siteManagement.registerNewMediaAccount(portal.id(),
				new NewMediaAccountData(NewMediaPlatform.WECHAT, "测试县发布" + portal.code(), "测试县人民政府办公室" + portal.code(), null)),
				StaffRole.SYSTEM_ADMIN.authority(), StaffRole.STAFF_AUTHORITY);

		String award = mvc.perform(post("/admin/assessment/sites/{id}/awards", portal.id()).with(admin()).with(csrf())
			.param("bonusCode", "data").param("units", "两个").param("note", "开放数据集 12 个"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String reading = mvc.perform(post("/admin/assessment/sites/{id}/new-media", portal.id()).with(admin()).with(csrf())
			.param("accountId", String.valueOf(account)).param("lastUpdateOn", "2026年12月1日"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(award).contains("加分须填写不小于 0 的分值和理由", "value=\"两个\"", "value=\"开放数据集 12 个\"");
		assertThat(reading).contains("最近更新日期格式应为", "value=\"2026年12月1日\"");
		RunAs.actor("test-admin", () -> {
			assertThat(assessment.awards(portal.id())).isEmpty();
			assertThat(assessment.newMediaJudgements(portal.id())).isEmpty();
			return null;
		}, StaffRole.SYSTEM_ADMIN.authority(), StaffRole.STAFF_AUTHORITY);
	}

	@Test
	void onlyTheSystemAdministratorEntersAwards() throws Exception {
		TestSite portal = publish.onlineSite();

		mvc.perform(post("/admin/assessment/sites/{id}/awards", portal.id()).with(csrf())
			.with(user("an-editor").authorities(new SimpleGrantedAuthority(StaffRole.EDITOR.forSite(portal.id())),
					new SimpleGrantedAuthority(StaffRole.STAFF_AUTHORITY)))
			.param("bonusCode", "data").param("units", "1").param("note", "理由"))
			.andExpect(status().isForbidden());

		assertThat(RunAs.actor("test-admin", (Supplier<Integer>) () -> assessment.awards(portal.id()).size(),
				StaffRole.SYSTEM_ADMIN.authority(), StaffRole.STAFF_AUTHORITY)).isZero();
	}

	private static RequestPostProcessor admin() {
		return user("test-admin").authorities(new SimpleGrantedAuthority(StaffRole.SYSTEM_ADMIN.authority()),
				new SimpleGrantedAuthority(StaffRole.STAFF_AUTHORITY));
	}
}
