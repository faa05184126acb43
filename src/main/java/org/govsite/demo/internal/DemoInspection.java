package org.govsite.demo.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.govsite.assessment.Measure;
import org.govsite.assessment.SelfAssessment;
import org.govsite.assessment.SiteFacts;
import org.govsite.monitor.AvailabilityWatch;
import org.govsite.monitor.Inspection;
import org.govsite.monitor.ProbeRecord;
import org.govsite.identity.StaffRole;
import org.govsite.platform.BackOffice;
import org.govsite.platform.RunAs;
import org.govsite.publish.JobState;
import org.govsite.publish.PublishJobs;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteKind;
import org.govsite.site.SiteSummary;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A week of daily inspection in the demo: the past seven days' hourly probes of every serving
 * site's home page (one department's failing often enough for the 5 % veto, another's now and
 * then), the past six days' scores as an earlier system recorded them (fewer problems day by day),
 * and today's inspection and scores computed for real. Runs once, while no site has a score.
 */
@Component
@BackOffice
@Order(30)
@ConditionalOnBooleanProperty(name = "govsite.demo.enabled", matchIfMissing = true)
class DemoInspection implements ApplicationRunner {

	private static final int DAYS = 7;

	/** How long today's inspection waits at most for the demo's first publishes. */
	private static final Duration PUBLISHING_TIMEOUT = Duration.ofMinutes(10);

	private final SiteDirectory sites;

	private final AvailabilityWatch availability;

	private final Inspection inspection;

	private final SelfAssessment assessment;

	private final PublishJobs publishing;

	private final Clock clock;

	DemoInspection(SiteDirectory sites, AvailabilityWatch availability, Inspection inspection, SelfAssessment assessment,
			PublishJobs publishing, Clock clock) {
		this.publishing = publishing;
		this.sites = sites;
		this.availability = availability;
		this.inspection = inspection;
		this.assessment = assessment;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (assessment.anyScore()) {
			return;
		}
		fillHistory(sites.all().stream().filter(site -> site.state().isServing()).toList());
		// today's inspection reads the published files: after the first publishes, off the start-up path
		Thread.ofVirtual().name("demo-inspection").start(() -> {
			awaitPublishing();
			inspection.inspectAll();
			assessment.scoreAll();
		});
	}

	/** The past week of the given sites: their probes and the scores of the six days before today. */
	void fillHistory(List<SiteSummary> serving) {
		LocalDate today = LocalDate.now(clock);
		for (int i = 0; i < serving.size(); i++) {
			SiteSummary site = serving.get(i);
			// the third site fails one probe in twelve (8 %: the veto), the second one in fifty
			int failEvery = i == 2 ? 12 : i == 1 ? 50 : 0;
			availability.bringIn(probes(site, failEvery));
			for (int day = DAYS - 1; day >= 1; day--) {
				assessment.bringIn(site.id(), today.minusDays(day), pastFacts(site, i, day));
			}
		}
	}

	private void awaitPublishing() {
		Instant giveUp = Instant.now().plus(PUBLISHING_TIMEOUT);
		while (Instant.now().isBefore(giveUp) && RunAs.actor("demo", () -> publishing.jobs().stream()
			.anyMatch(job -> job.state() == JobState.QUEUED || job.state() == JobState.RUNNING), StaffRole.SYSTEM_ADMIN.authority(),
				StaffRole.STAFF_AUTHORITY)) {
			try {
				Thread.sleep(1000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/** Hourly probes of the past week, all opening in under a second but every failEvery-th. */
	private List<ProbeRecord> probes(SiteSummary site, int failEvery) {
		String address = "https://" + (site.domain() != null ? site.domain() : site.siteCode()) + "/";
		Instant now = clock.instant();
		List<ProbeRecord> probes = new ArrayList<>();
		for (int hour = DAYS * 24 - 1; hour >= 0; hour--) {
			Instant at = now.minus(Duration.ofHours(hour));
			boolean fails = failEvery > 0 && hour % failEvery == 0;
			probes.add(fails ? new ProbeRecord(site.id(), address, at, false, null, 15_000, "请求失败：HttpTimeoutException 15 秒内未打开")
					: new ProbeRecord(site.id(), address, at, true, 200, 180 + hour % 7 * 40, null));
		}
		return probes;
	}

	/** What an earlier system found on a past day: problems that shrink as the days go by. */
	private static SiteFacts pastFacts(SiteSummary site, int index, int daysAgo) {
		int brokenLinks = (index * 3 + daysAgo * 2) % 9;
		int staleChannels = daysAgo > 3 ? 1 + index % 2 : index % 2;
		int overdueLetters = index == 0 && daysAgo > 2 ? 1 : 0;
		return new SiteFacts(site.kind() == SiteKind.PORTAL, false, Map.of(
				"broken-link", count(brokenLinks), "channel-stale-key", count(staleChannels),
				"letter-overdue", count(overdueLetters),
				SiteFacts.HOME_FAILED_PERCENT, new Measure(index == 2 ? new BigDecimal("8.33") : index == 1
						? new BigDecimal("2.00") : BigDecimal.ZERO, List.of())));
	}

	private static Measure count(int quantity) {
		return new Measure(BigDecimal.valueOf(quantity), List.of());
	}
}
