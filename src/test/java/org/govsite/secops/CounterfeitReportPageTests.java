package org.govsite.secops;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.govsite.identity.StaffRole;
import org.govsite.interaction.ProofOfWork;
import org.govsite.publish.internal.HtmlChecker;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 仿冒网站举报 on the public pages: a citizen's report with the letters' challenge lands in the
 * counterfeit list as 待核实 with the contact sealed and the security administrators told; what the
 * content check finds blocking is kept with it; bad input, a missing challenge and too many reports
 * from one address are refused in Chinese with what was typed kept and nothing stored; every page
 * is valid HTML (the Nu checker, as the letters' pages).
 */
@IntegrationTest
class CounterfeitReportPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProofOfWork proof;

	@Autowired
	JdbcClient jdbc;

	private final String address = "10.17." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(1, 255);

	@Test
	void aCitizensReportWaitsForTheSecurityAdministratorAsToBeVerified() throws Exception {
		String domain = "gov-" + UUID.randomUUID().toString().substring(0, 8) + ".cn";
		int messages = notifications();
		String form = html(mvc.perform(get("/letters/counterfeit").with(from(address))).andExpect(status().isOk()));
		assertThat(form).contains("仿冒网站举报", "data-pow", "我要举报仿冒网站");
		assertThat(HtmlChecker.errors(form)).as(form).isEmpty();

		String written = html(mvc.perform(post("/letters/counterfeit").with(csrf()).with(solved(address))
				.param("address", "https://www." + domain + "/index.html").param("description", "搜索“县政府”时出现，页面冒用县政府标识收取费用。")
				.param("contact", "13912345678"))
			.andExpect(status().isOk()));
		assertThat(written).contains("举报已收到");
		assertThat(HtmlChecker.errors(written)).as(written).isEmpty();

		assertThat(jdbc.sql("""
				select source || ' ' || state || ' ' || (contact_sealed like 'sm4gcm:%') || ' ' || (findings is null)
				from secops_counterfeit where domain = ?""").param("www." + domain).query(String.class).single())
			.isEqualTo("CITIZEN REPORTED true true");
		assertThat(notifications()).as("the security administrators are told").isEqualTo(messages + 1);
		mvc.perform(get("/admin/secops/counterfeits").with(security()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("www." + domain), containsString("待核实"),
					containsString("网民举报"), containsString("联系方式：13912345678"))));
	}

	@Test
	void whatTheContentCheckFindsIsKeptWithTheReport() throws Exception {
		String domain = "gov-" + UUID.randomUUID().toString().substring(0, 8) + ".com";
		mvc.perform(post("/letters/counterfeit").with(csrf()).with(solved(address))
			.param("address", domain).param("description", "该网站自称台湾政府的合作网站。"))
			.andExpect(status().isOk());
		assertThat(jdbc.sql("select findings from secops_counterfeit where domain = ?").param(domain).query(String.class).single())
			.contains("台湾当局");
		mvc.perform(get("/admin/secops/counterfeits").with(security()))
			.andExpect(content().string(allOf(containsString("自动检查发现"), containsString("台湾当局"))));
	}

	@Test
	void badInputIsRefusedInChineseWithWhatWasTypedKeptAndNothingStored() throws Exception {
		long before = reports();
		String refused = html(mvc.perform(post("/letters/counterfeit").with(csrf()).with(solved(address))
				.param("address", "不是网址").param("description", "看到一个假网站").param("contact", "微信 abc"))
			.andExpect(status().isUnprocessableContent()));
		assertThat(refused).contains("“不是网址”不是域名或网址", "看到一个假网站", "value=\"微信 abc\"");
		assertThat(HtmlChecker.errors(refused)).as(refused).isEmpty();

		mvc.perform(post("/letters/counterfeit").with(csrf()).with(solved(address)).param("address", "gov-fake.cn"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("请描述您看到的情况")));
		mvc.perform(post("/letters/counterfeit").with(csrf()).with(from(address)).param("address", "gov-fake.cn")
				.param("description", "没有安全验证").param("challenge", "x").param("solution", "1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("安全验证未通过"), containsString("没有安全验证"))));
		assertThat(reports()).isEqualTo(before);
	}

	@Test
	void tooManyReportsFromOneAddressAreRefused() throws Exception {
		String one = "10.18." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(1, 255);
		for (int i = 0; i < 3; i++) {
			mvc.perform(post("/letters/counterfeit").with(csrf()).with(from(one)).param("address", "gov-fake.cn"))
				.andExpect(status().isBadRequest());
		}
		mvc.perform(post("/letters/counterfeit").with(csrf()).with(solved(one)).param("address", "gov-fake.cn")
				.param("description", "第四次"))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(allOf(containsString("提交过于频繁"), containsString("第四次"))));
		mvc.perform(post("/letters/counterfeit").with(csrf()).with(solved(address)).param("address", "gov-fake.cn")
				.param("description", "另一个地址不受影响"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("提交过于频繁"))));
	}

	private long reports() {
		return jdbc.sql("select count(*) from secops_counterfeit").query(Long.class).single();
	}

	private int notifications() {
		return jdbc.sql("select count(*) from notification where kind = 'secops.COUNTERFEIT_REPORTED'").query(Integer.class).single();
	}

	private static String html(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** A solved challenge, as the form's script adds it. */
	private RequestPostProcessor solved(String from) {
		ProofOfWork.Challenge challenge = proof.issue();
		String solution = ProofOfWork.solve(challenge);
		return request -> {
			request.addParameter("challenge", challenge.challenge());
			request.addParameter("solution", solution);
			request.setRemoteAddr(from);
			return request;
		};
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static RequestPostProcessor security() {
		return user("report-secadmin").authorities(new SimpleGrantedAuthority("STAFF"),
				new SimpleGrantedAuthority(StaffRole.SECURITY_ADMIN.authority()));
	}
}
