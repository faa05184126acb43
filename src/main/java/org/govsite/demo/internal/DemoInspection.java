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
import org.govsite.site.LifecycleStep;
import org.govsite.site.NewMediaAccountData;
import org.govsite.site.NewMediaPlatform;
import org.govsite.site.SiteKind;
import org.govsite.site.SiteManagement;
import org.govsite.site.StepInput;
import org.govsite.site.SiteSummary;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A week of daily inspection in the demo: the past seven days' hourly probes of every serving
 * site's home page (one department's failing often enough for the 5 % veto, another's now and
 * then) and of a few of its pages (one failing for a few hours, then opening again), the past six
 * days' scores as an earlier system recorded them (fewer problems day by day), the portal's
 * 政务新媒体 accounts read a week ago and today (one now two weeks without an update: a
 * rectification task), the supervising office's awards of bonus points to the portal, and today's
 * inspection and scores computed for real. Runs once, while no site has a score.
 */
@Component
@BackOffice
@Order(30)
@ConditionalOnBooleanProperty(name = "govsite.demo.enabled", matchIfMissing = true)
class DemoInspection implements ApplicationRunner {

	private static final int DAYS = 7;

	/** Pages of every demo site (its channels' lists) probed with its home page, a few each round. */
	private static final List<String> SAMPLED = List.of("zwdt/index.html", "tzgg/index.html", "xxgk/index.html",
			"zjsl/index.html");

	/** Who read the accounts and awarded the points: the demo's supervising office. */
	private static final String SUPERVISOR = DemoSiteGroup.SUPERVISOR;

	/** How long today's inspection waits at most for the demo's first publishes. */
	private static final Duration PUBLISHING_TIMEOUT = Duration.ofMinutes(10);

	private final SiteDirectory sites;

	private final AvailabilityWatch availability;

	private final Inspection inspection;

	private final SelfAssessment assessment;

	private final PublishJobs publishing;

	private final Clock clock;

	private final SiteManagement siteManagement;

	DemoInspection(SiteDirectory sites, AvailabilityWatch availability, Inspection inspection, SelfAssessment assessment,
			PublishJobs publishing, Clock clock, SiteManagement siteManagement) {
		this.siteManagement = siteManagement;
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
			availability.bringIn(sampledProbes(site, i == 1));
			for (int day = DAYS - 1; day >= 1; day--) {
				assessment.bringIn(site.id(), today.minusDays(day), pastFacts(site, i, day));
			}
		}
		serving.stream().filter(site -> site.kind() == SiteKind.PORTAL).findFirst().ifPresent(portal -> {
			newMedia(portal, today);
			awards(portal);
		});
	}

	/**
	 * Three of the site's pages each hourly round, all opening but one page of the second site,
	 * which failed when sampled in three hours two days ago and opens again since (so no task stays open).
	 */
	private List<ProbeRecord> sampledProbes(SiteSummary site, boolean withOutage) {
		String home = "https://" + (site.domain() != null ? site.domain() : site.siteCode()) + "/";
		Instant now = clock.instant();
		List<ProbeRecord> probes = new ArrayList<>();
		for (int hour = DAYS * 24 - 1; hour >= 0; hour--) {
			Instant at = now.minus(Duration.ofHours(hour));
			for (int k = 0; k < 3; k++) {
				String page = SAMPLED.get((hour + k) % SAMPLED.size());
				boolean fails = withOutage && page.equals(SAMPLED.get(1)) && hour >= 48 && hour < 51;
				probes.add(fails
						? new ProbeRecord(site.id(), home + page, at, false, 502, 240, "HTTP 502：页面无法打开", page, null)
						: new ProbeRecord(site.id(), home + page, at, true, 200, 150 + (hour + k) % 5 * 30, null, page, null));
			}
		}
		return probes;
	}

	/**
	 * The portal's 政务新媒体 accounts (two, online), read a week ago and again today: the Weibo
	 * account has posted nothing for 19 days now, which makes it 不合格 and a rectification task.
	 */
	private void newMedia(SiteSummary portal, LocalDate today) {
		long wechat = newMediaAccount(portal, NewMediaPlatform.WECHAT, "示例县发布", "https://mp.weixin.qq.com/");
		long weibo = newMediaAccount(portal, NewMediaPlatform.WEIBO, "示例县人民政府", "https://weibo.com/");
		assessment.bringInNewMedia(portal.id(), wechat, today.minusDays(DAYS), today.minusDays(DAYS + 1), true, SUPERVISOR);
		assessment.bringInNewMedia(portal.id(), weibo, today.minusDays(DAYS), today.minusDays(19), true, SUPERVISOR);
		asSupervisor(() -> assessment.judgeNewMedia(portal.id(), wechat, today.minusDays(1), true));
		asSupervisor(() -> assessment.judgeNewMedia(portal.id(), weibo, today.minusDays(19), true));
	}

	/** An account of the portal, online; its address (fictional) is the go-live gate's one requirement. */
	private long newMediaAccount(SiteSummary portal, NewMediaPlatform platform, String name, String platformAddress) {
		long siteId = portal.id();
		long id = asSupervisor(() -> siteManagement.registerNewMediaAccount(siteId,
				new NewMediaAccountData(platform, name, portal.name() + "办公室",
						platformAddress + "shilixian-" + portal.id())));
		// approved by the site's manager, then the supervisor (never the applicant), as the sites were
		RunAs.actor("demo-newmedia-manager", () -> siteManagement.performOnNewMediaAccount(siteId, id, LifecycleStep.APPROVE,
				StepInput.none()), StaffRole.SITE_MANAGER.forSite(siteId), StaffRole.STAFF_AUTHORITY);
		RunAs.actor(DemoSiteGroup.ACTOR, () -> siteManagement.performOnNewMediaAccount(siteId, id, LifecycleStep.APPROVE,
				StepInput.none()), StaffRole.SYSTEM_ADMIN.authority(), StaffRole.STAFF_AUTHORITY);
		asSupervisor(() -> siteManagement.performOnNewMediaAccount(siteId, id, LifecycleStep.GO_ONLINE, StepInput.none()));
		return id;
	}

	/** The supervising office's awards of bonus points to the portal (加分), which its score counts. */
	private void awards(SiteSummary portal) {
		asSupervisor(() -> assessment.award(portal.id(), "interpretation", new BigDecimal("2"),
				"图解、视频解读覆盖本年度全部重要政策文件"));
		asSupervisor(() -> assessment.award(portal.id(), "response", BigDecimal.ONE, "回应社会关切及时，获市政府办公室通报表扬"));
	}

	private static void asSupervisor(Runnable work) {
		RunAs.actor(SUPERVISOR, work, StaffRole.SYSTEM_ADMIN.authority(), StaffRole.STAFF_AUTHORITY);
	}

	private static <T> T asSupervisor(java.util.function.Supplier<T> work) {
		return RunAs.actor(SUPERVISOR, work, StaffRole.SYSTEM_ADMIN.authority(), StaffRole.STAFF_AUTHORITY);
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
