package org.govsite.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;

import org.govsite.assessment.SelfAssessment;
import org.govsite.assessment.SiteScore;
import org.govsite.assessment.Verdict;
import org.govsite.assessment.Veto;
import org.govsite.identity.StaffRole;
import org.govsite.monitor.Availability;
import org.govsite.monitor.AvailabilityWatch;
import org.govsite.monitor.Inspection;
import org.govsite.platform.RunAs;
import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishJobs;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** The demo's week of inspection: hourly probes and six past days of scores, one site failing often enough for the veto. */
@IntegrationTest
class DemoInspectionTests {

	@Autowired
	SiteDirectory sites;

	@Autowired
	AvailabilityWatch availability;

	@Autowired
	Inspection inspection;

	@Autowired
	SelfAssessment assessment;

	@Autowired
	PublishJobs publishing;

	@Autowired
	PublishFixtures fixtures;

	@Autowired
	Clock clock;

	@Test
	void aWeekOfProbesAndScoresWithOneSiteVetoed() {
		List<SiteSummary> group = List.of(summary(), summary(), summary());

		new DemoInspection(sites, availability, inspection, assessment, publishing, clock).fillHistory(group);

		assertThat(availability.week(group.get(0).id())).isEqualTo(new Availability(168, 0));
		assertThat(availability.week(group.get(2).id())).isEqualTo(new Availability(168, 14));
		List<SiteScore> history = RunAs.actor("viewer", () -> assessment.history(group.get(2).id(), 7),
				StaffRole.SYSTEM_ADMIN.authority(), StaffRole.STAFF_AUTHORITY);
		assertThat(history).hasSize(6).allSatisfy(score -> {
			assertThat(score.verdict()).isEqualTo(Verdict.FAIL);
			assertThat(score.vetoes()).contains(Veto.UNREACHABLE);
		});
		assertThat(RunAs.actor("viewer", () -> assessment.history(group.get(0).id(), 7), StaffRole.SYSTEM_ADMIN.authority(),
				StaffRole.STAFF_AUTHORITY)).hasSize(6).allSatisfy(score -> assertThat(score.score()).isNotNull());
		assertThat(assessment.score(group.get(2).id()).vetoes()).containsKey(Veto.UNREACHABLE);
	}

	private SiteSummary summary() {
		return sites.find(fixtures.onlineSite().id()).orElseThrow();
	}
}
