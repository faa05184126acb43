package org.govsite.secops;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.govsite.content.ContentFixtures.Staff;
import org.govsite.identity.Grant;
import org.govsite.identity.StaffRole;
import org.govsite.identity.TestAccounts;
import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.test.BrowserTest;
import org.govsite.test.TestMailServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security administrators get an email, on a real SMTP server (GreenMail, the browser tests'
 * context, which has one), for a new high finding, an overdue finding and a counterfeit site.
 * No browser is opened.
 */
@BrowserTest
class SecopsAlertMailTests {

	static final Duration MAIL = Duration.ofSeconds(60);

	@Autowired
	TestAccounts accounts;

	@Autowired
	PublishFixtures sites;

	@Autowired
	Vulnerabilities vulnerabilities;

	@Autowired
	CounterfeitSites counterfeits;

	@Test
	void highOverdueAndCounterfeitAlertsAreEmailedToTheSecurityAdministrators() {
		String username = TestAccounts.uniqueName("secmail");
		String email = username + "@example.gov.cn";
		accounts.createWithEmail(username, email, Grant.platform(StaffRole.SECURITY_ADMIN));
		Staff security = new Staff(username, List.of(StaffRole.SECURITY_ADMIN.authority()));
		TestSite site = sites.onlineSite();
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		String high = "远程代码执行 " + site.code();
		String late = "弱口令 " + site.code();
		String csv = "site,finding_id,title,severity,found_on\n" + site.code() + ",H-1," + high + ",高," + today + "\n"
				+ site.code() + ",M-1," + late + ",中," + today.minusDays(45) + "\n";

		ScanImport imported = security.run(() -> vulnerabilities.importFile("scan.csv", csv.getBytes(StandardCharsets.UTF_8)));
		assertThat(imported.errors()).isEmpty();
		vulnerabilities.alertOverdue();
		String domain = "gov-" + site.code() + ".net";
		security.run(() -> counterfeits.record(domain, site.id(), null, "网民 王五", null));

		MimeMessage highMail = TestMailServer.await(email, message -> TestMailServer.subject(message).contains(high), MAIL);
		assertThat(TestMailServer.text(highMail)).contains("高危漏洞").contains(today.plusDays(7).toString()).contains("/admin/secops");
		MimeMessage lateMail = TestMailServer.await(email, message -> TestMailServer.subject(message).contains(late), MAIL);
		assertThat(TestMailServer.subject(lateMail)).contains("超过整改期限");
		MimeMessage counterfeitMail = TestMailServer.await(email, message -> TestMailServer.subject(message).contains(domain), MAIL);
		assertThat(TestMailServer.text(counterfeitMail)).contains("网民 王五").contains("/admin/secops/counterfeits");
	}
}
