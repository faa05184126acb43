package org.govsite.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.govsite.content.ContentFixtures;
import org.govsite.guard.internal.FindingStore;
import org.govsite.identity.StaffRole;
import org.govsite.platform.RunAs;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The trend of a site's findings: how many items were open at the end of each day, by category
 * (an item closed today counts until yesterday), only for the sites the user manages, drawn on the
 * findings page from a table.
 */
@IntegrationTest
class FindingTrendTests {

	@Autowired
	FindingStore findings;

	@Autowired
	GuardManagement guard;

	@Autowired
	ContentFixtures fixtures;

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Test
	void eachDayCountsTheItemsOpenAtItsEndByCategory() throws Exception {
		long siteId = fixtures.portal();
		long otherSite = fixtures.portal();
		Instant now = clock.instant();
		LocalDate due = LocalDate.now(clock).plusDays(5);
		findings.seen(siteId, "index.html", finding(FindingCategory.SENSITIVE, "某禁词"), null, now.minus(Duration.ofDays(2)), due);
		findings.seen(siteId, "a.html", finding(FindingCategory.PROTECTED_TERM, "扫黑险恶"), null, now.minus(Duration.ofDays(1)), due);
		findings.seen(otherSite, "b.html", finding(FindingCategory.SENSITIVE, "某禁词"), null, now, due);
		long corrected = findings.ofSite(siteId).stream().filter(f -> f.path().equals("a.html")).findFirst().orElseThrow().id();
		findings.close(List.of(corrected), now);

		List<FindingTrend> trends = RunAs.actor("trend-manager", () -> guard.trends(30),
				StaffRole.SITE_MANAGER.forSite(siteId), StaffRole.STAFF_AUTHORITY);

		assertThat(trends).singleElement().satisfies(trend -> {
			assertThat(trend.siteId()).isEqualTo(siteId);
			assertThat(trend.days()).hasSize(30);
			assertThat(trend.counts().get(FindingCategory.SENSITIVE).subList(26, 30)).containsExactly(0, 1, 1, 1);
			assertThat(trend.counts().get(FindingCategory.PROTECTED_TERM).subList(26, 30)).containsExactly(0, 0, 1, 0);
			assertThat(trend.totalOn(28)).isEqualTo(2);
		});
		mvc.perform(get("/admin/guard/findings").with(user("trend-manager").authorities(
				new SimpleGrantedAuthority(StaffRole.SITE_MANAGER.forSite(siteId)), new SimpleGrantedAuthority("STAFF"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("每日待整改问题数")))
			.andExpect(content().string(containsString("guard-trends.js")));
	}

	private static GuardFinding finding(FindingCategory category, String matched) {
		return new GuardFinding(category, FindingLevel.BLOCK, 0, matched.length(), matched, matched, null, null);
	}
}
