package org.govsite.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.govsite.disclosure.DisclosureReports;
import org.govsite.disclosure.DisclosureRequests;
import org.govsite.disclosure.RequestState;
import org.govsite.disclosure.RequestSummary;
import org.govsite.identity.StaffRole;
import org.govsite.platform.RunAs;
import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's disclosure: applications in several states, one overdue, and last year's report
 * published, as a page of the site too.
 */
@IntegrationTest
class DemoDisclosureTests {

	@Autowired
	DisclosureRequests requests;

	@Autowired
	DisclosureReports reports;

	@Autowired
	SiteDirectory sites;

	@Autowired
	PublishFixtures fixtures;

	@Autowired
	Clock clock;

	@Test
	void thePortalHasApplicationsInSeveralStatesAndLastYearsReportPublished() {
		TestSite site = fixtures.onlineSite();
		SiteSummary portal = sites.find(site.id()).orElseThrow();
		new DemoDisclosure(requests, reports, sites, clock).fill(portal);

		List<RequestSummary> listed = RunAs.actor("viewer", () -> requests.list(null, 0, 100),
				StaffRole.LETTER_HANDLER.forSite(site.id()), StaffRole.STAFF_AUTHORITY);
		assertThat(listed).extracting(RequestSummary::state).contains(RequestState.OPEN, RequestState.AWAITING_CORRECTION,
				RequestState.CONSULTING, RequestState.REPLIED);
		assertThat(listed).anyMatch(RequestSummary::overdue);
		int lastYear = LocalDate.now(clock).getYear() - 1;
		assertThat(RunAs.actor("viewer", () -> reports.report(site.id(), lastYear), StaffRole.LETTER_HANDLER.forSite(site.id()),
				StaffRole.STAFF_AUTHORITY).published()).isTrue();
		// and it is a page of the site, listed in its disclosure area
		fixtures.publishQueued();
		assertThat(fixtures.files(site.code())).containsKeys("disclosure/annual/" + lastYear + ".html", "disclosure/index.html");
	}
}
