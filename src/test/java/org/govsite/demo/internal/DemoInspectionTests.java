package org.govsite.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;

import org.govsite.assessment.Award;
import org.govsite.assessment.SelfAssessment;
import org.govsite.assessment.SiteScore;
import org.govsite.assessment.Verdict;
import org.govsite.assessment.Veto;
import org.govsite.identity.StaffRole;
import org.govsite.monitor.Availability;
import org.govsite.monitor.AvailabilityWatch;
import org.govsite.monitor.Inspection;
import org.govsite.monitor.ProbeRecord;
import org.govsite.monitor.ProblemKind;
import org.govsite.monitor.Rectification;
import org.govsite.platform.RunAs;
import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishJobs;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteManagement;
import org.govsite.site.SiteSummary;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's week of inspection: hourly probes of home pages and sampled pages, six past days of
 * scores, one site failing often enough for the veto; the portal's awards and 政务新媒体 readings, the
 * stale account a rectification task.
 */
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

	@Autowired
	SiteManagement siteManagement;

	@Autowired
	Rectification rectification;

	@Test
	void aWeekOfProbesAndScoresWithOneSiteVetoed() {
		List<SiteSummary> group = List.of(summary(), summary(), summary());

		new DemoInspection(sites, availability, inspection, assessment, publishing, clock, siteManagement).fillHistory(group);

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

	@Test
	void sampledPagesAwardsAndNewMediaReadingsAreInTheHistory() {
		List<SiteSummary> group = List.of(summary(), summary());

		new DemoInspection(sites, availability, inspection, assessment, publishing, clock, siteManagement).fillHistory(group);

		List<ProbeRecord> samples = availability.recentSamples(group.get(1).id(), 1000);
		assertThat(samples).hasSize(7 * 24 * 3).allSatisfy(probe -> assertThat(probe.page()).isNotNull());
		assertThat(samples).filteredOn(probe -> !probe.ok()).isNotEmpty()
			.allSatisfy(probe -> assertThat(probe.cause()).contains("502"))
			.extracting(ProbeRecord::page).containsOnly("tzgg/index.html");
		assertThat(samples.getFirst().ok()).as("the page opens again since").isTrue();
		assertThat(availability.week(group.get(1).id())).as("sampled pages are not in the veto's figure")
			.isEqualTo(new Availability(168, 4));

		long portal = group.get(0).id();
		RunAs.actor("viewer", () -> {
			assertThat(assessment.awards(portal)).extracting(Award::bonusCode).containsExactly("interpretation", "response");
			assertThat(assessment.newMediaJudgements(portal)).hasSize(4)
				.filteredOn(judgement -> judgement.verdict() == Verdict.FAIL).singleElement()
				.satisfies(stale -> assertThat(stale.facts().checkedOn()).isEqualTo(java.time.LocalDate.now(clock)));
			return null;
		}, StaffRole.SYSTEM_ADMIN.authority(), StaffRole.STAFF_AUTHORITY);
		assertThat(rectification.openOf(portal)).filteredOn(task -> task.kind() == ProblemKind.NEW_MEDIA_STALE)
			.singleElement().satisfies(task -> assertThat(task.detail()).contains("示例县人民政府", "19 天未更新"));
	}

	private SiteSummary summary() {
		return sites.find(fixtures.onlineSite().id()).orElseThrow();
	}
}
