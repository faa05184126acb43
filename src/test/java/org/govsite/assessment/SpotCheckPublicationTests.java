package org.govsite.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import org.govsite.identity.StaffRole;
import org.govsite.platform.RunAs;
import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.site.SiteDirectory;
import org.govsite.test.IntegrationTest;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A quarter's spot check published on the group's portal: the drawn sites' results frozen, a page
 * per quarter and an index under {@code jiancha/}, listed in the portal's site map.
 */
@IntegrationTest
class SpotCheckPublicationTests {

	@Autowired
	PublishFixtures publish;

	@Autowired
	SelfAssessment assessment;

	@Autowired
	SpotChecks spotChecks;

	@Autowired
	SiteDirectory sites;

	@Autowired
	TestClock clock;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theSupervisorPublishesAQuartersResultsOnThePortal() throws Exception {
		// a quarter of its own: a quarter is drawn once, whatever other tests drew
		clock.setTo(LocalDateTime.of(2031, 2, 3, 9, 0));
		TestSite portal = publish.onlineSite();
		TestSite department = publish.onlineDepartmentSite(portal);
		publish.publishQueued();
		Score score = assessment.score(department.id());
		String departmentName = sites.find(department.id()).orElseThrow().name();
		SpotCheck check = RunAs.actor("test-admin", () -> spotChecks.draw(100), StaffRole.SYSTEM_ADMIN.authority(),
				StaffRole.STAFF_AUTHORITY);
		assertThat(check.quarter()).isEqualTo("2031Q1");
		assertThat(check.siteIds()).contains(portal.id(), department.id());

		RequestPostProcessor admin = user("test-admin").authorities(() -> "STAFF", () -> StaffRole.SYSTEM_ADMIN.authority());
		mvc.perform(post("/admin/assessment/spot-checks/{quarter}/publish", "2031Q1").with(csrf()).with(admin))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/admin/assessment/spot-checks").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已在门户网站公开")));
		publish.publishQueued();

		Path folder = publish.folder(portal.code());
		String index = Files.readString(folder.resolve("jiancha/index.html"));
		assertThat(index).contains("网站抽查结果").contains("2031 年第 1 季度政府网站抽查结果").contains("2031q1.html");
		String quarter = Files.readString(folder.resolve("jiancha/2031q1.html"));
		assertThat(quarter).contains(departmentName).contains(score.verdict() == Verdict.PASS ? "合格" : "不合格")
			.contains(score.total() == null ? "—" : score.total().toPlainString());
		assertThat(Files.readString(folder.resolve("sitemap.html"))).contains("<a href=\"jiancha/\">网站抽查结果</a>");
		assertThat(folder.resolve("jiancha/index.html")).as("results are the group portal's only")
			.isNotEqualTo(publish.folder(department.code()).resolve("jiancha/index.html"));
		assertThat(publish.folder(department.code()).resolve("jiancha/index.html")).doesNotExist();
	}
}
