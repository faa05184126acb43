package org.govsite.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.govsite.identity.StaffRole;
import org.govsite.platform.RunAs;
import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.publish.internal.JobRunner;
import org.govsite.report.AnnualReports;
import org.govsite.report.AnnualWebsiteReport;
import org.govsite.report.VisitImport;
import org.govsite.servicecatalog.GuideCompleteness;
import org.govsite.servicecatalog.ServiceCatalog;
import org.govsite.servicecatalog.ServiceItemView;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo's services and statistics: complete guides whose downloads and links answer, a year of
 * visits, last year's annual website report published.
 */
@IntegrationTest
class DemoServicesTests {

	@Autowired
	ServiceCatalog catalog;

	@Autowired
	VisitImport visits;

	@Autowired
	AnnualReports reports;

	@Autowired
	SiteDirectory sites;

	@Autowired
	PublishFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoSiteGroup demo;

	@Autowired
	JobRunner runner;

	@Test
	void thePortalHasCompleteGuidesAYearOfVisitsAndLastYearsReport() {
		TestSite site = fixtures.onlineSite();
		SiteSummary portal = sites.find(site.id()).orElseThrow();
		new DemoServices(catalog, visits, reports, sites, clock).fill(portal);

		List<ServiceItemView> items = RunAs.actor("viewer", () -> catalog.items(site.id()),
				StaffRole.SITE_MANAGER.forSite(site.id()), StaffRole.STAFF_AUTHORITY);
		assertThat(items).hasSize(7).allSatisfy(item -> assertThat(GuideCompleteness.missing(item.guide())).isEmpty());
		assertThat(jdbc.sql("select count(*) from report_site_day where site_id = :site and views > 0").param("site", site.id())
			.query(Integer.class).single()).isEqualTo(365);
		int lastYear = LocalDate.now(clock).getYear() - 1;
		AnnualWebsiteReport report = RunAs.actor("viewer", () -> reports.report(site.id(), lastYear),
				StaffRole.SITE_MANAGER.forSite(site.id()), StaffRole.STAFF_AUTHORITY);
		assertThat(report.published()).isTrue();
		assertThat(Long.parseLong(report.value("visits.views"))).isPositive();
		assertThat(report.value("sign.filler")).isEqualTo("张敏");
	}

	/**
	 * A new user opening a demo guide finds its blank form, instructions and sample, and its links lead somewhere.
	 * The demo's own group is there too, as when the tests that look at it ran first, and another portal was
	 * filled before: filling a portal added guides to the demo's education bureau, the second time refused as
	 * a duplicate code.
	 */
	@Test
	void everyDownloadAndLinkOfTheDemosGuidesAnswers() throws Exception {
		DemoGroupOnce.accounts(demo, runner);
		SiteSummary otherPortal = sites.find(fixtures.onlineSite().id()).orElseThrow();
		new DemoServices(catalog, visits, reports, sites, clock).fill(otherPortal);
		TestSite site = fixtures.onlineSite();
		SiteSummary portal = sites.find(site.id()).orElseThrow();
		new DemoServices(catalog, visits, reports, sites, clock).fill(portal);

		List<ServiceItemView> items = RunAs.actor("viewer", () -> catalog.items(site.id()),
				StaffRole.SITE_MANAGER.forSite(site.id()), StaffRole.STAFF_AUTHORITY);
		List<String> addresses = items.stream().flatMap(item -> Stream.concat(
				item.guide().materials().stream()
					.flatMap(material -> Stream.of(material.blankFormUrl(), material.instructionsUrl(), material.sampleUrl())),
				Stream.of(item.guide().links().policy(), item.guide().links().faq(), item.guide().links().consultation(),
						item.guide().links().complaint())))
			.filter(address -> address != null && address.startsWith("/"))
			.distinct()
			.toList();
		assertThat(addresses).anyMatch(address -> address.startsWith("/services/files/"));
		for (String address : addresses) {
			mvc.perform(get(address)).andExpect(status().isOk());
		}
	}
}
