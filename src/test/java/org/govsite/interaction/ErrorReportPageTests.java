package org.govsite.interaction;

import java.util.concurrent.ThreadLocalRandom;

import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govsite.interaction.LetterHandlingTests.as;
import static org.govsite.interaction.LetterHandlingTests.console;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 我为政府网站找错 on the site: the form with the page's address filled in, a report taken with a
 * query code and a deadline of 1 working day, followed with the code without the contact; bad input
 * refused in Chinese with nothing stored.
 */
@IntegrationTest
class ErrorReportPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	LetterFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	String siteCode;

	LetterFixtures.Desk desk;

	@BeforeEach
	void site() {
		desk = fixtures.desk(false);
		long portal = desk.portal();
		siteCode = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L));
		jdbc.sql("update site set site_code = :code, error_report_enabled = true where id = :id")
			.param("code", siteCode).param("id", portal).update();
	}

	@Autowired
	ProofOfWork proof;

	/** A solved challenge, as the form's script adds it, sent from an address of the test's own (the per-address limit). */
	RequestPostProcessor solved() {
		ProofOfWork.Challenge challenge = proof.issue();
		String solution = ProofOfWork.solve(challenge);
		return request -> {
			request.addParameter("challenge", challenge.challenge());
			request.addParameter("solution", solution);
			request.setRemoteAddr(address);
			return request;
		};
	}

	String address = "10.15." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(1, 255);

	int stored() {
		return jdbc.sql("select count(*) from interaction_error_report").query(Integer.class).single();
	}

	@Test
	void aReportIsTakenWithAQueryCodeAndFollowedWithoutItsContact() throws Exception {
		String page = "https://www.example.gov.cn/xxgk/2026/a.html";
		mvc.perform(get("/letters/errors").param("site", siteCode).param("url", page))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + page + "\"")))
			.andExpect(content().string(containsString("错别字")));

		String receipt = mvc.perform(post("/letters/errors").with(csrf()).with(solved()).param("site", siteCode).param("url", page)
				.param("kind", "TYPO").param("description", "第二段“部暑”应为“部署”。<b>").param("contact", "13912345678"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("查询码")))
			.andReturn().getResponse().getContentAsString();
		String code = receipt.replaceAll("(?s).*<dd class=\"code\">([A-Z0-9]+)</dd>.*", "$1");
		assertThat(jdbc.sql("select contact like 'sm4gcm:%' from interaction_error_report where query_code = :c")
			.param("c", code).query(Boolean.class).single()).as("the contact sealed").isTrue();

		mvc.perform(get("/letters/errors/follow").param("code", code.toLowerCase()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(page)))
			.andExpect(content().string(containsString("&lt;b&gt;")))
			.andExpect(content().string(containsString("办理中")))
			.andExpect(content().string(not(containsString("13912345678"))));

		long id = jdbc.sql("select id from interaction_error_report where query_code = :c").param("c", code).query(Long.class).single();
		mvc.perform(get("/admin/letters").with(as(desk.portalHandler())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(page)))
			.andExpect(content().string(not(containsString("13912345678"))));
		mvc.perform(console("/admin/letters/errors/" + id + "/answer", desk.departmentHandler()).param("text", "已更正。"))
			.andExpect(flash().attributeExists("errorMessage"));
		assertThat(jdbc.sql("select answer is null from interaction_error_report where id = :id").param("id", id)
			.query(Boolean.class).single()).as("another site's handler does not answer").isTrue();
		mvc.perform(console("/admin/letters/errors/" + id + "/answer", desk.portalHandler()).param("text", "已更正，谢谢指正。"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(console("/admin/letters/errors/" + id + "/answer", desk.secondPortalHandler()).param("text", "再答一次"))
			.andExpect(flash().attribute("errorMessage", "该找错已答复。"));
		mvc.perform(get("/letters/errors/follow").param("code", code))
			.andExpect(content().string(containsString("已更正，谢谢指正。")));
		assertThat(jdbc.sql("select count(*) from audit_record where action = 'interaction.errorReport.answer' and object_id = :id")
			.param("id", String.valueOf(id)).query(Integer.class).single()).as("the answer and both refused attempts").isEqualTo(3);

		mvc.perform(get("/letters/errors/follow").param("code", "ZZZZ22223333"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("查询码不存在")));
	}

	@Test
	void badInputIsRefusedInChineseAndNothingIsStored() throws Exception {
		int before = stored();
		mvc.perform(post("/letters/errors").with(csrf()).with(solved()).param("site", siteCode).param("url", "javascript:alert(1)")
				.param("kind", "TYPO").param("description", "有错"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("页面地址格式不正确")));
		mvc.perform(post("/letters/errors").with(csrf()).with(solved()).param("site", siteCode).param("url", "https://www.example.gov.cn/")
				.param("kind", "NONSENSE").param("description", "有错"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请选择错误类型")));
		mvc.perform(post("/letters/errors").with(csrf()).with(solved()).param("site", siteCode).param("url", "https://www.example.gov.cn/")
				.param("kind", "TYPO").param("description", "  "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写问题描述")));
		mvc.perform(post("/letters/errors").with(csrf()).with(solved()).param("site", "0000000000").param("url", "https://www.example.gov.cn/")
				.param("kind", "TYPO").param("description", "有错"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("该网站不存在或未开通找错")));
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void theFormIsRefusedWithoutItsChallengeAndNothingIsStored() throws Exception {
		int before = stored();
		mvc.perform(get("/letters/errors").param("site", siteCode).param("url", "https://www.example.gov.cn/"))
			.andExpect(content().string(containsString("name=\"challenge\"")))
			.andExpect(content().string(containsString("本网站已收到找错 0 条")));
		mvc.perform(post("/letters/errors").with(csrf()).param("site", siteCode).param("url", "https://www.example.gov.cn/")
				.param("kind", "TYPO").param("description", "有错").param("challenge", "x").param("solution", "1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("安全验证")));
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void theApiTakesAReportFollowsItCountsItAndTheHandlersWorkbenchListsIt() throws Exception {
		String page = "https://www.example.gov.cn/zwgk/b.html";
		String answer = mvc.perform(post("/api/public/sites/" + siteCode + "/error-reports").contentType(MediaType.APPLICATION_JSON)
				.content("{\"url\":\"" + page + "\",\"kind\":\"BROKEN_LINK\",\"description\":\"附件链接打不开\","
						+ "\"contact\":\"13912345678\"," + fixtures.challengeJson() + "}")
				.with(request -> {
					request.setRemoteAddr(address);
					return request;
				}))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.queryCode").exists())
			.andReturn().getResponse().getContentAsString();
		String code = com.jayway.jsonpath.JsonPath.read(answer, "$.queryCode");
		mvc.perform(get("/api/public/error-reports/" + code))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.pageUrl").value(page))
			.andExpect(jsonPath("$.kind").value("BROKEN_LINK"))
			.andExpect(content().string(not(containsString("13912345678"))));
		mvc.perform(get("/api/public/sites/" + siteCode + "/error-reports/figures"))
			.andExpect(jsonPath("$.received").value(1))
			.andExpect(jsonPath("$.waiting").value(1));
		mvc.perform(get("/admin").with(as(desk.portalHandler())))
			.andExpect(content().string(containsString("网站找错待答复")))
			.andExpect(content().string(containsString(page)));
		mvc.perform(get("/admin").with(as(desk.departmentHandler())))
			.andExpect(content().string(not(containsString(page))));

		long id = jdbc.sql("select id from interaction_error_report where query_code = :c").param("c", code).query(Long.class).single();
		mvc.perform(console("/admin/letters/errors/" + id + "/answer", desk.portalHandler()).param("text", "链接已修复。"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/public/sites/" + siteCode + "/error-reports/figures"))
			.andExpect(jsonPath("$.answered").value(1))
			.andExpect(jsonPath("$.answeredOnTime").value(1))
			.andExpect(jsonPath("$.waiting").value(0));
		mvc.perform(get("/admin/letters").with(as(desk.portalHandler())))
			.andExpect(content().string(containsString("各网站找错统计")));

		int before = stored();
		mvc.perform(post("/api/public/sites/" + siteCode + "/error-reports").contentType(MediaType.APPLICATION_JSON)
				.content("{\"url\":\"" + page + "\",\"kind\":\"WRONG\",\"description\":\"有错\"," + fixtures.challengeJson() + "}")
				.with(request -> {
					request.setRemoteAddr(address);
					return request;
				}))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("请选择错误类型。"));
		mvc.perform(post("/api/public/sites/" + siteCode + "/error-reports").contentType(MediaType.APPLICATION_JSON)
				.content("{\"url\":\"" + page + "\",\"kind\":\"TYPO\",\"description\":\"有错\"}"))
			.andExpect(status().isBadRequest());
		assertThat(stored()).isEqualTo(before);
	}
}
