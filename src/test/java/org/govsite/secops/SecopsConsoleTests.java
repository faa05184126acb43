package org.govsite.secops;

import java.nio.charset.StandardCharsets;

import org.govsite.identity.StaffRole;
import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 安全运维 in the console: the security administrator imports scans, records counterfeit sites and
 * the duty roster, a refused form keeps what was typed, every change is audited; the system
 * administrator and a site's editor get 403 on every page and button.
 */
@IntegrationTest
class SecopsConsoleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PublishFixtures sites;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSecurityAdministratorImportsAScanAndSeesTheFindingsAndTheAuditRecord() throws Exception {
		TestSite site = sites.onlineSite();
		String title = "跨站脚本 " + site.code();
		mvc.perform(multipart("/admin/secops/scans").file(file("site,finding_id,title,severity,found_on\n" + site.code()
				+ ",X-1," + title + ",中," + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")) + "\n"))
			.with(csrf()).with(security()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("已导入 1 行"), containsString(title))));

		mvc.perform(multipart("/admin/secops/scans").file(file("site,finding_id,title,severity,found_on\n" + site.code()
				+ ",X-2,弱口令,严重,2020-01-01\n"))
			.with(csrf()).with(security()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("第 2 行：等级“严重”无效")));

		assertThat(jdbc.sql("""
				select outcome from audit_record where actor = 'console-secadmin' and action = 'secops.scan.import'
				order by seq desc limit 2""").query(String.class).list()).containsExactly("FAILURE", "SUCCESS");
		mvc.perform(get("/admin/secops").with(security()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(title), containsString("近一个月未扫描的网站"))));
	}

	@Test
	void aRefusedFormKeepsWhatWasTyped() throws Exception {
		mvc.perform(post("/admin/secops/counterfeits").with(csrf()).with(security())
			.param("domain", "不是域名").param("description", "网民来电反映的仿冒网站"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("“不是域名”不是域名或网址"), containsString("网民来电反映的仿冒网站"))));

		mvc.perform(post("/admin/secops/duties").with(csrf()).with(security())
			.param("startsOn", "2026-01-01").param("endsOn", "2026-01-07").param("person", "值班员甲").param("phone", "电话"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("联系电话“电话”无效"), containsString("value=\"值班员甲\""))));

		mvc.perform(post("/admin/secops/duties").with(csrf()).with(security())
			.param("startsOn", "2026-01-01").param("endsOn", "2026-01-07").param("person", "值班员乙").param("phone", "0912-1234567"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/secops/readiness"));
		assertThat(jdbc.sql("select count(*) from audit_record where actor = 'console-secadmin' and action = 'secops.duty.add' and outcome = 'SUCCESS'")
			.query(Long.class).single()).isPositive();
	}

	@Test
	void othersAreRefusedEveryPageAndButton() throws Exception {
		TestSite site = sites.onlineSite();
		for (RequestPostProcessor other : new RequestPostProcessor[] { system(), editor(site) }) {
			for (String page : new String[] { "/admin/secops", "/admin/secops/counterfeits", "/admin/secops/readiness" }) {
				mvc.perform(get(page).with(other)).andExpect(status().isForbidden());
			}
			mvc.perform(multipart("/admin/secops/scans").file(file("site\n" + site.code() + "\n")).with(csrf()).with(other))
				.andExpect(status().isForbidden());
			mvc.perform(post("/admin/secops/counterfeits").with(csrf()).with(other).param("domain", "gov-fake.com"))
				.andExpect(status().isForbidden());
			mvc.perform(post("/admin/secops/drills").with(csrf()).with(other)
				.param("heldOn", "2026-01-01").param("scenario", "演练").param("participants", "张三"))
				.andExpect(status().isForbidden());
			mvc.perform(post("/admin/secops/findings/1/verify").with(csrf()).with(other)).andExpect(status().isForbidden());
		}
		assertThat(jdbc.sql("select count(*) from secops_counterfeit where domain = 'gov-fake.com'").query(Long.class).single())
			.isZero();
	}

	private static MockMultipartFile file(String csv) {
		return new MockMultipartFile("file", "scan.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
	}

	private static RequestPostProcessor security() {
		return user("console-secadmin").authorities(new SimpleGrantedAuthority("STAFF"),
				new SimpleGrantedAuthority(StaffRole.SECURITY_ADMIN.authority()));
	}

	private static RequestPostProcessor system() {
		return user("console-sysadmin").authorities(new SimpleGrantedAuthority("STAFF"),
				new SimpleGrantedAuthority(StaffRole.SYSTEM_ADMIN.authority()));
	}

	private static RequestPostProcessor editor(TestSite site) {
		return user("console-editor").authorities(new SimpleGrantedAuthority("STAFF"),
				new SimpleGrantedAuthority(StaffRole.EDITOR.forSite(site.id())));
	}
}
