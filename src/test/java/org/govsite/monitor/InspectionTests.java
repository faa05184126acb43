package org.govsite.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import com.sun.net.httpserver.HttpServer;
import org.govsite.assessment.Score;
import org.govsite.assessment.SelfAssessment;
import org.govsite.assessment.Verdict;
import org.govsite.assessment.Veto;
import org.govsite.calendar.WorkingCalendar;
import org.govsite.content.DocumentContent;
import org.govsite.content.DocumentLibrary;
import org.govsite.content.DocumentType;
import org.govsite.content.PlacementRequest;
import org.govsite.content.Placements;
import org.govsite.content.ReviewWorkflow;
import org.govsite.channel.ChannelWatch;
import org.govsite.identity.Grant;
import org.govsite.identity.IdentityManagement;
import org.govsite.identity.NewAccount;
import org.govsite.identity.StaffRole;
import org.govsite.interaction.LetterFixtures;
import org.govsite.interaction.LetterHandling;
import org.govsite.interaction.LetterReceipt;
import org.govsite.interaction.LetterWatch;
import org.govsite.interaction.Letters;
import org.govsite.interaction.NewLetter;
import org.govsite.notification.Notifications;
import org.govsite.platform.RunAs;
import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.site.SiteDirectory;
import org.govsite.test.IntegrationTest;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The daily inspection on real published sites, each named failure of issue 18 giving its task
 * (with owner and working-day deadline) and its deduction or veto: a broken link, a tampered file,
 * an empty channel, a stale news channel and home page, an overdue letter and one unanswered for
 * three months, an unreachable home page (a server on 127.0.0.1 that stops answering). A task said
 * to be fixed closes only when its re-check no longer finds the problem.
 */
@IntegrationTest
class InspectionTests {

	private static final LocalDateTime START = LocalDateTime.of(2026, 3, 2, 9, 0);

	@Autowired
	PublishFixtures publish;

	@Autowired
	Inspection inspection;

	@Autowired
	Rectification rectification;

	@Autowired
	AvailabilityWatch availability;

	@Autowired
	SelfAssessment assessment;

	@Autowired
	IdentityManagement identity;

	@Autowired
	ChannelWatch channels;

	@Autowired
	SiteDirectory sites;

	@Autowired
	Notifications notifications;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	TestClock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LetterFixtures letterFixtures;

	@Autowired
	Letters letters;

	@Autowired
	LetterHandling handling;

	@Autowired
	LetterWatch letterWatch;

	@Autowired
	DocumentLibrary library;

	@Autowired
	org.govsite.guard.internal.DailyScan guardScan;

	@Autowired
	Placements placements;

	@Autowired
	ReviewWorkflow workflow;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aBrokenLinkAndATamperedFileAreFoundAndATaskClosesOnlyWhenItsReCheckNoLongerFindsTheProblem() throws Exception {
		TestSite site = publish.onlineSite();
		String manager = account("monitor-manager", Grant.site(StaffRole.SITE_MANAGER, site.id()));
		String gone = "https://" + site.domain() + "/xwdt/2019/t0001.html";
		long article = site.editor().run(() -> {
			long created = library.create(site.id(), DocumentType.ARTICLE,
					DocumentContent.of("春季植树活动", "<p>去年的活动见<a href=\"" + gone + "\">往年报道</a>。</p>"));
			placements.place(created, PlacementRequest.in(site.news()));
			return created;
		});
		site.editor().run(() -> workflow.submit(article, true));
		site.reviewer().run(() -> workflow.approve(article, null));
		publish.publishQueued();

		inspection.inspect(site.id());

		assertThat(open(site.id(), ProblemKind.TAMPERED_FILE, ProblemKind.BROKEN_LINK_HOME)).isEmpty();
		// the page and its traditional-Chinese copy each hold the link
		List<RectificationTask> links = open(site.id(), ProblemKind.BROKEN_LINK);
		assertThat(links).isNotEmpty().allSatisfy(task -> assertThat(task.subject()).endsWith("/t" + article + ".html → " + gone));
		RectificationTask link = links.stream().filter(task -> task.subject().startsWith("art/")).findFirst().orElseThrow();
		assertThat(link.evidence()).contains(gone).contains("xwdt/2019/t0001.html");
		assertThat(link.owner()).isEqualTo(manager);
		assertThat(link.dueOn()).isEqualTo(calendar.addWorkingDays(LocalDate.now(clock), 3));
		assertThat(assessment.score(site.id()).deductions()).anySatisfy(d -> {
			assertThat(d.pointCode()).isEqualTo("other-links");
			assertThat(d.points()).isEqualByComparingTo(new java.math.BigDecimal("0.1").multiply(java.math.BigDecimal.valueOf(links.size())));
			assertThat(d.evidence()).contains(link.id());
		});

		String page = "index.html";
		Path file = publish.folder(site.code()).resolve(page);
		byte[] original = Files.readAllBytes(file);
		Files.write(file, "<html><body>黑客到此一游</body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		inspection.inspect(site.id());

		RectificationTask tampered = single(site.id(), ProblemKind.TAMPERED_FILE);
		assertThat(tampered.subject()).isEqualTo(page);
		assertThat(tampered.evidence()).contains("现在的 SHA-256");
		assertThat(assessment.score(site.id()).deductions()).anySatisfy(d -> {
			assertThat(d.pointCode()).isEqualTo("tampered-files");
			assertThat(d.evidence()).containsExactly(tampered.id());
		});

		assertThat(open(site.id(), ProblemKind.BROKEN_LINK)).as("links of other pages still found").hasSameSizeAs(links);
		RequestPostProcessor asManager = user(manager).authorities(() -> "STAFF",
				() -> StaffRole.SITE_MANAGER.forSite(site.id()));
		mvc.perform(post("/admin/monitor/tasks/{id}/fixed", tampered.id()).with(csrf()).with(asManager))
			.andExpect(status().is3xxRedirection());
		RectificationTask still = inspection.task(tampered.id()).orElseThrow();
		assertThat(still.state()).as("said fixed, still altered").isEqualTo(TaskState.OPEN);
		assertThat(still.recheckFailedAt()).isNotNull();

		Files.write(file, original);
		mvc.perform(post("/admin/monitor/tasks/{id}/fixed", tampered.id()).with(csrf()).with(asManager))
			.andExpect(status().is3xxRedirection());
		RectificationTask closed = inspection.task(tampered.id()).orElseThrow();
		assertThat(closed.state()).isEqualTo(TaskState.CLOSED);
		assertThat(closed.closedAt()).isNotNull();
		assertThat(RunAs.actor(manager, () -> rectification.markFixed(link.id()), "STAFF",
				StaffRole.SITE_MANAGER.forSite(site.id())).state()).as("the link is still on the page").isEqualTo(TaskState.OPEN);
	}

	@Test
	void anEmptyChannelIsATaskOfItsResponsiblePersonOnTheir工作台AndADeductionWithItsEvidence() throws Exception {
		TestSite site = publish.onlineSite();
		String editor = account("monitor-editor", Grant.site(StaffRole.EDITOR, site.id()));
		RunAs.actor("test-admin", () -> channels.assignResponsible(site.news(), editor), StaffRole.SYSTEM_ADMIN.authority(),
				"STAFF");
		publish.publishQueued();

		inspection.inspect(site.id());

		// 政务公开 only groups its two channels: not empty itself
		List<RectificationTask> empties = open(site.id(), ProblemKind.CHANNEL_EMPTY);
		assertThat(empties).extracting(RectificationTask::channelId).containsExactlyInAnyOrder(site.news(), site.policy(),
				site.interpretation());
		RectificationTask empty = empties.stream().filter(task -> Long.valueOf(site.news()).equals(task.channelId())).findFirst().orElseThrow();
		assertThat(empty.owner()).isEqualTo(editor);
		assertThat(empty.detail()).isEqualTo("栏目“新闻动态”为空白栏目");
		mvc.perform(get("/admin").with(user(editor).authorities(() -> "STAFF", () -> StaffRole.EDITOR.forSite(site.id()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("整改：栏目“新闻动态”为空白栏目")))
			.andExpect(content().string(containsString("/admin/monitor/tasks/" + empty.id())));

		Score score = assessment.score(site.id());
		assertThat(score.verdict()).isEqualTo(Verdict.PASS);
		assertThat(score.deductions()).anySatisfy(d -> {
			assertThat(d.pointCode()).isEqualTo("empty-channels");
			assertThat(d.points()).isEqualByComparingTo("6");
			assertThat(d.evidence()).contains(empty.id()).hasSize(3);
		});
		mvc.perform(get("/admin/assessment/sites/{id}", site.id()).with(user("test-admin").authorities(() -> "STAFF",
				() -> StaffRole.SYSTEM_ADMIN.authority())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/admin/monitor/tasks/" + empty.id())));
	}

	@Test
	void aNewsChannelAndAHomePageNotUpdatedInTwoWeeksAreFoundAndTheHomePageVetoes() {
		TestSite site = publish.onlineSite();
		publish.pictureNews(site, "春耕动员会召开", java.awt.Color.GREEN);
		publish.publishQueued();
		inspection.inspect(site.id());
		assertThat(open(site.id(), ProblemKind.CHANNEL_STALE_KEY, ProblemKind.HOME_STALE)).isEmpty();

		clock.setTo(LocalDateTime.now(TestClock.CHINA).plusDays(20));
		inspection.inspect(site.id());

		RectificationTask stale = single(site.id(), ProblemKind.CHANNEL_STALE_KEY);
		assertThat(stale.channelId()).isEqualTo(site.news());
		assertThat(stale.detail()).contains("新闻动态");
		single(site.id(), ProblemKind.HOME_STALE);
		Score score = assessment.score(site.id());
		assertThat(score.verdict()).isEqualTo(Verdict.FAIL);
		assertThat(score.total()).isNull();
		assertThat(score.vetoes()).containsKey(Veto.HOME_STALE);
	}

	@Test
	void anOverdueLetterIsATaskAndADeductionAndOneUnansweredForThreeMonthsVetoes() throws Exception {
		clock.setTo(START);
		LetterFixtures.Desk desk = letterFixtures.desk(false);
		LetterReceipt receipt = letters.submit(desk.mailbox(), new NewLetter("钱七", false,
				"137" + java.util.concurrent.ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L), null, null, "超期",
				"请答复。", true));
		long letter = jdbc.sql("select id from interaction_letter where query_code = ?").param(receipt.queryCode())
			.query(Long.class).single();
		desk.portalHandler().run(() -> handling.accept(letter, false));

		clock.setTo(LocalDateTime.of(2026, 3, 10, 8, 0));
		letterWatch.check();
		awaitLetter(letter, "letter-overdue");
		inspection.inspect(desk.portal(), "monitor.letters");

		RectificationTask overdue = single(desk.portal(), ProblemKind.LETTER_OVERDUE);
		assertThat(overdue.subject()).isEqualTo("letter:" + letter);
		assertThat(assessment.score(desk.portal()).deductions()).anySatisfy(d -> {
			assertThat(d.pointCode()).isEqualTo("overdue-letters");
			assertThat(d.evidence()).containsExactly(overdue.id());
		});

		clock.setTo(LocalDateTime.of(2026, 6, 3, 8, 0));
		letterWatch.check();
		awaitLetter(letter, "letter-unanswered-three-months");
		inspection.inspect(desk.portal(), "monitor.letters");

		RectificationTask veto = single(desk.portal(), ProblemKind.LETTER_UNANSWERED_THREE_MONTHS);
		Score score = assessment.score(desk.portal());
		assertThat(score.verdict()).isEqualTo(Verdict.FAIL);
		assertThat(score.vetoes()).containsEntry(Veto.NO_RESPONSE, List.of(veto.id()));
	}

	@Test
	void aHomePageThatStopsAnsweringAlertsItsManagerAndVetoesAtFivePerCentOfTheWeek() throws IOException {
		clock.setTo(START);
		TestSite site = publish.onlineSite();
		String manager = account("monitor-outage", Grant.site(StaffRole.SITE_MANAGER, site.id()));
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", exchange -> {
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		server.start();
		URI home = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sites/" + site.code() + "/");
		var summary = sites.find(site.id()).orElseThrow();
		try {
			for (int i = 0; i < 19; i++) {
				clock.advance(Duration.ofMinutes(60));
				assertThat(availability.probe(summary, home).ok()).isTrue();
			}
		}
		finally {
			server.stop(0);
		}
		inspection.inspect(site.id(), "monitor.availability");
		assertThat(open(site.id(), ProblemKind.UNREACHABLE)).as("19 of 19 opened").isEmpty();

		clock.advance(Duration.ofMinutes(60));
		ProbeRecord failed = availability.probe(summary, home);

		assertThat(failed.ok()).isFalse();
		assertThat(failed.cause()).startsWith("请求失败");
		assertThat(availability.week(site.id())).isEqualTo(new Availability(20, 1));
		assertThat(RunAs.actor(manager, () -> notifications.mine(10), "STAFF", StaffRole.SITE_MANAGER.forSite(site.id())))
			.anySatisfy(message -> {
				assertThat(message.kind()).isEqualTo("monitor.OUTAGE");
				assertThat(message.text()).contains("首页无法访问");
			});
		inspection.inspect(site.id(), "monitor.availability");
		RectificationTask unreachable = single(site.id(), ProblemKind.UNREACHABLE);
		assertThat(unreachable.evidence()).contains(home.toString());
		Score score = assessment.score(site.id());
		assertThat(score.verdict()).isEqualTo(Verdict.FAIL);
		assertThat(score.vetoes()).containsEntry(Veto.UNREACHABLE, List.of(unreachable.id()));
	}

	@Test
	void guardsFindingOnAPublishedPageBecomesATaskAndAVetoUntilGuardNoLongerFindsIt() throws Exception {
		TestSite site = publish.onlineSite();
		publish.publishQueued();
		Path home = publish.folder(site.code()).resolve("index.html");
		String original = Files.readString(home, java.nio.charset.StandardCharsets.UTF_8);
		Files.writeString(home, original.replace("</body>", "<p>深入开展扫黑险恶专项斗争</p></body>"),
				java.nio.charset.StandardCharsets.UTF_8);
		guardScan.scan(site.id());

		inspection.inspect(site.id(), "monitor.content-security");

		RectificationTask finding = single(site.id(), ProblemKind.CONTENT_SERIOUS);
		assertThat(finding.subject()).startsWith("index.html").contains("扫黑险恶");
		assertThat(finding.evidence()).contains("扫黑除恶");
		assertThat(assessment.score(site.id()).vetoes()).containsEntry(Veto.SERIOUS_CONTENT, List.of(finding.id()));

		Files.writeString(home, original, java.nio.charset.StandardCharsets.UTF_8);
		guardScan.scan(site.id());
		inspection.inspect(site.id(), "monitor.content-security");
		assertThat(inspection.task(finding.id()).orElseThrow().state()).isEqualTo(TaskState.CLOSED);
	}

	private void awaitLetter(long letter, String kind) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (jdbc.sql("select count(*) from monitor_letter where letter_id = ? and kind = ?").params(letter, kind)
			.query(Integer.class).single() == 0) {
			assertThat(System.nanoTime()).as("monitor heard of the letter within 20 s").isLessThan(deadline);
			Thread.sleep(50);
		}
	}

	private String account(String prefix, Grant grant) {
		String username = prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		RunAs.actor("test-security", () -> identity.openWithInitialPassword(new NewAccount(username, "测试人员", null, null),
				Set.of(grant)), StaffRole.SECURITY_ADMIN.authority(), StaffRole.STAFF_AUTHORITY);
		return username;
	}

	private List<RectificationTask> open(long siteId, ProblemKind... kinds) {
		Set<ProblemKind> wanted = Set.of(kinds);
		return rectification.openOf(siteId).stream().filter(task -> wanted.contains(task.kind())).toList();
	}

	private RectificationTask single(long siteId, ProblemKind kind) {
		List<RectificationTask> tasks = open(siteId, kind);
		assertThat(tasks).as(kind + " of " + rectification.openOf(siteId)).hasSize(1);
		return tasks.getFirst();
	}
}
