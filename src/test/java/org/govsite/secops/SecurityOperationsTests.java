package org.govsite.secops;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.govsite.content.ContentFixtures.Staff;
import org.govsite.identity.StaffRole;
import org.govsite.notification.Notification;
import org.govsite.notification.Notifications;
import org.govsite.platform.RuleViolation;
import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.report.AnnualReports;
import org.govsite.report.AnnualWebsiteReport;
import org.govsite.report.OversightReports;
import org.govsite.test.IntegrationTest;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Security operations on the real database: scan results imported all or nothing and found again
 * without duplicates, findings tracked to the fix with their deadlines and overdue alerts,
 * counterfeit sites followed through, phones sealed, and the year's figures reaching the annual
 * website report and the oversight report. Time stands in mid-2025, a year no other test writes
 * security records for.
 */
@IntegrationTest
class SecurityOperationsTests {

	static final int YEAR = 2025;

	static final LocalDate TODAY = LocalDate.of(YEAR, 6, 15);

	static final Staff SECURITY = new Staff("secops-admin", List.of(StaffRole.SECURITY_ADMIN.authority()));

	static final Staff SYSTEM = new Staff("secops-system", List.of(StaffRole.SYSTEM_ADMIN.authority()));

	@Autowired
	Vulnerabilities vulnerabilities;

	@Autowired
	CounterfeitSites counterfeits;

	@Autowired
	Readiness readiness;

	@Autowired
	SecurityFigures figures;

	@Autowired
	AnnualReports annualReports;

	@Autowired
	OversightReports oversight;

	@Autowired
	Notifications notifications;

	@Autowired
	PublishFixtures sites;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@BeforeEach
	void midYear() {
		clock.setTo(TODAY.atTime(10, 0));
	}

	@AfterEach
	void now() {
		clock.reset();
	}

	@Test
	void scanResultsAreImportedAllOrNothingTrackedToTheFixAndCounted() {
		TestSite site = sites.onlineSite();
		TestSite unscanned = sites.onlineSite();
		String high = "SQL 注入 " + site.code();
		String csv = "site,finding_id,title,severity,url,found_on,description\n"
				+ site.code() + ",V-1," + high + ",高,https://" + site.domain() + "/login,2025-06-01,登录页参数未过滤\n"
				+ site.domain() + ",V-2,版本信息泄露,低,,2025-06-12,\n"
				+ site.code() + ",,,,,2025-05-20,\n";

		ScanImport first = SECURITY.run(() -> vulnerabilities.importFile("2025-06.csv", bytes(csv)));

		assertThat(first.errors()).isEmpty();
		assertThat(List.of(first.rows(), first.scans(), first.created(), first.updated())).containsExactly(3, 3, 2, 0);
		List<FindingView> found = SECURITY.run(() -> vulnerabilities.findings(site.id(), true));
		assertThat(found).extracting(FindingView::findingId).containsExactlyInAnyOrder("V-1", "V-2");
		FindingView v1 = found.stream().filter(f -> f.findingId().equals("V-1")).findFirst().orElseThrow();
		assertThat(v1.dueOn()).as("high: 7 days").isEqualTo(LocalDate.of(2025, 6, 8));
		assertThat(v1.overdue()).isTrue();
		assertThat(found.stream().filter(f -> f.findingId().equals("V-2")).findFirst().orElseThrow().dueOn())
			.as("low: 90 days").isEqualTo(LocalDate.of(2025, 9, 10));
		assertThat(SECURITY.run(() -> notifications.mine(200))).extracting(Notification::text)
			.anySatisfy(text -> assertThat(text).contains(high).contains("2025-06-08"));

		// the next month's scan finds V-1 again, under a better name: updated, not added
		ScanImport again = SECURITY.run(() -> vulnerabilities.importFile("2025-06b.json", bytes("""
				[{"site": "%s", "finding_id": "V-1", "title": "%s（复测）", "severity": "高", "found_on": "2025-06-14"}]"""
			.formatted(site.code(), high))));
		assertThat(List.of(again.created(), again.updated())).containsExactly(0, 1);
		assertThat(SECURITY.run(() -> vulnerabilities.findings(site.id(), false))).hasSize(2)
			.anySatisfy(f -> assertThat(f.title()).isEqualTo(high + "（复测）"))
			.allSatisfy(f -> assertThat(f.foundOn()).isBefore(LocalDate.of(2025, 6, 13)));

		// one bad line and nothing of the file is imported
		ScanImport refused = SECURITY.run(() -> vulnerabilities.importFile("bad.csv", bytes(
				"网站,漏洞编号,漏洞名称,等级,发现日期\n" + site.code() + ",V-9,弱口令,中,2025-06-10\nno-such-site,V-8,弱口令,严重,2025-06-10\n")));
		assertThat(refused.imported()).isFalse();
		assertThat(refused.errors()).containsExactly("第 3 行：站群中没有标识码或域名为“no-such-site”的网站",
				"第 3 行：等级“严重”无效（应为 高、中 或 低）");
		assertThat(jdbc.sql("select count(*) from secops_finding where site_id = ?").param(site.id()).query(Long.class).single())
			.isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from secops_scan where site_id = ? and scanned_on = '2025-06-10'")
			.param(site.id()).query(Long.class).single()).isZero();

		// fixed with a note, then verified; not fixed twice
		assertThatThrownBy(() -> SECURITY.run(() -> vulnerabilities.fix(v1.id(), "  ")))
			.isInstanceOfSatisfying(RuleViolation.class, r -> assertThat(r.code()).isEqualTo("secops.finding.noteRequired"));
		SECURITY.run(() -> vulnerabilities.fix(v1.id(), "已对参数做白名单校验"));
		assertThatThrownBy(() -> SECURITY.run(() -> vulnerabilities.fix(v1.id(), "再次")))
			.isInstanceOf(RuleViolation.class);
		SECURITY.run(() -> vulnerabilities.verify(v1.id()));
		assertThat(SECURITY.run(() -> vulnerabilities.findings(site.id(), true))).extracting(FindingView::findingId)
			.containsExactly("V-2");

		assertThat(SECURITY.run(() -> vulnerabilities.unscanned())).extracting(SiteScan::siteId)
			.contains(unscanned.id())
			.doesNotContain(site.id());

		// the year's figures, as the tables hold them, in the site's annual report
		SecurityYear year = figures.ofSite(site.id(), YEAR);
		assertThat(year).isEqualTo(new SecurityYear(4, 2, 1, 0, 0, 0));
		AnnualWebsiteReport report = SYSTEM.run(() -> annualReports.report(site.id(), YEAR));
		assertThat(report.value("security.checks")).isEqualTo("4");
		assertThat(report.value("security.problems")).isEqualTo("2");
		assertThat(report.value("security.fixed")).isEqualTo("1");
	}

	@Test
	void anOverdueFindingIsReportedOnce() {
		TestSite site = sites.onlineSite();
		String title = "目录遍历 " + site.code();
		SECURITY.run(() -> vulnerabilities.importFile("s.csv", bytes("site,finding_id,title,severity,found_on\n"
				+ site.code() + ",D-1," + title + ",中,2025-05-01\n" + site.code() + ",D-2,未超期 " + site.code()
				+ ",中,2025-06-10\n")));

		vulnerabilities.alertOverdue();
		vulnerabilities.alertOverdue();

		List<String> texts = SECURITY.run(() -> notifications.mine(500)).stream().map(Notification::text).toList();
		assertThat(texts.stream().filter(text -> text.contains(title) && text.contains("超过整改期限"))).hasSize(1);
		assertThat(texts).noneMatch(text -> text.contains("未超期 " + site.code()));
	}

	@Test
	void aCounterfeitSiteIsFollowedThroughAndCountedForTheGroup() {
		TestSite site = sites.onlineSite();
		String domain = "gov-" + site.code() + ".com";
		long before = jdbc.sql("select count(*) from secops_counterfeit where extract(year from reported_on) = 2025")
			.query(Long.class).single();
		assertThatThrownBy(() -> SECURITY.run(() -> counterfeits.record("不是域名", site.id(), null, null, null)))
			.isInstanceOfSatisfying(RuleViolation.class, r -> assertThat(r.code()).isEqualTo("secops.counterfeit.domainInvalid"));

		long id = SECURITY.run(() -> counterfeits.record("https://" + domain + "/index.html", site.id(), "仿冒首页",
				"网民 张三", LocalDate.of(2025, 6, 2)));
		assertThat(SECURITY.run(() -> counterfeits.advance(id, "确认为假冒", LocalDate.of(2025, 6, 3))))
			.isEqualTo(CounterfeitState.VERIFIED);
		assertThatThrownBy(() -> SECURITY.run(() -> counterfeits.advance(id, null, LocalDate.of(2025, 6, 1))))
			.isInstanceOfSatisfying(RuleViolation.class, r -> assertThat(r.code()).isEqualTo("secops.counterfeit.beforeReport"));
		SECURITY.run(() -> counterfeits.advance(id, "已移交市网信办", LocalDate.of(2025, 6, 4)));

		CounterfeitView recorded = SECURITY.run(() -> counterfeits.all()).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
		assertThat(recorded.domain()).isEqualTo(domain);
		assertThat(recorded.state()).isEqualTo(CounterfeitState.REFERRED);
		assertThat(List.of(recorded.reportedOn(), recorded.verifiedOn(), recorded.referredOn()))
			.containsExactly(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 3), LocalDate.of(2025, 6, 4));
		assertThat(SECURITY.run(() -> notifications.mine(500))).extracting(Notification::text)
			.anySatisfy(text -> assertThat(text).contains(domain));
		assertThat(figures.ofSite(site.id(), YEAR)).isEqualTo(new SecurityYear(0, 0, 0, 0, 1, 1));

		long found = jdbc.sql("select count(*) from secops_counterfeit where extract(year from reported_on) = 2025")
			.query(Long.class).single();
		long dealt = jdbc.sql("select count(*) from secops_counterfeit where extract(year from coalesce(referred_on, closed_on)) = 2025")
			.query(Long.class).single();
		assertThat(found).as("the fixture").isEqualTo(before + 1);
		AnnualWebsiteReport report = SYSTEM.run(() -> oversight.report(YEAR));
		assertThat(report.value("counterfeit.found")).isEqualTo(String.valueOf(found));
		assertThat(report.value("counterfeit.dealt")).isEqualTo(String.valueOf(dealt));
	}

	@Test
	void theDutyRosterSealsPhonesAndDrillsOfThePlatformCountForEverySite() {
		TestSite site = sites.onlineSite();
		String person = "值班员" + site.code();
		SECURITY.run(() -> readiness.addDuty(TODAY, TODAY.plusDays(6), person, "138-0013-8000"));
		String stored = jdbc.sql("select phone_sealed from secops_duty where person = ?").param(person).query(String.class).single();
		assertThat(stored).startsWith("sm4gcm:").doesNotContain("13800138000");
		assertThat(SECURITY.run(() -> readiness.duties())).filteredOn(duty -> duty.person().equals(person))
			.singleElement()
			.satisfies(duty -> assertThat(duty.phone()).isEqualTo("13800138000"));
		assertThatThrownBy(() -> SECURITY.run(() -> readiness.addDuty(TODAY, TODAY.minusDays(1), person, "13800138000")))
			.isInstanceOfSatisfying(RuleViolation.class, r -> assertThat(r.code()).isEqualTo("secops.period"));

		assertThat(SYSTEM.run(() -> annualReports.report(site.id(), 2024)).value("security.drills")).isEqualTo("否");
		SECURITY.run(() -> readiness.addDrill(LocalDate.of(2024, 11, 5), "首页被篡改的处置", "张三、李四", null, null));
		assertThat(SYSTEM.run(() -> annualReports.report(site.id(), 2024)).value("security.drills")).isEqualTo("是");
		assertThat(figures.ofSite(site.id(), 2024).drills()).isPositive();
	}

	@Test
	void noOneButTheSecurityAdministratorActs() {
		TestSite site = sites.onlineSite();
		assertThatThrownBy(() -> SYSTEM.run(() -> vulnerabilities.importFile("s.csv", bytes("site\n" + site.code() + "\n"))))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		assertThatThrownBy(() -> site.editor().run(() -> counterfeits.all()))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		assertThatThrownBy(() -> SYSTEM.run(() -> readiness.duties()))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
