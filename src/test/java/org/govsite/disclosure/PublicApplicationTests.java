package org.govsite.disclosure;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.test.IntegrationTest;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public API of 依申请公开: an online application is received the day it is submitted and
 * followed with its query code; bad input is refused in Chinese and stores nothing; the applicant's
 * data is encrypted at rest.
 */
@IntegrationTest
class PublicApplicationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	DisclosureFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	org.govsite.notification.Notifications notifications;

	TestSite site;

	@BeforeEach
	void site() {
		site = fixtures.site();
		// Sunday 15 Feb 2026, in the Spring Festival: received that day, counted from Tue 24 Feb
		clock.setTo(LocalDateTime.of(2026, 2, 15, 10, 0));
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private Map<String, Object> form() {
		Map<String, Object> form = new java.util.HashMap<>();
		form.put("siteCode", site.code());
		form.put("applicantType", "NATURAL_PERSON");
		form.put("name", "张明");
		form.put("identityNumber", DisclosureFixtures.ID_NUMBER);
		form.put("phone", "13800138000");
		form.put("email", "zhangming@example.cn");
		form.put("address", "示例县人民路 8 号 3 单元");
		form.put("description", "示例县2025年城区道路改造工程的征收补偿标准文件");
		form.put("purpose", "了解征收补偿标准");
		form.put("delivery", "ONLINE");
		return form;
	}

	private MvcResult apply(Map<String, Object> form, String address) throws Exception {
		return mvc.perform(post("/api/public/disclosure/applications").with(request -> {
			request.setRemoteAddr(address);
			return request;
		}).contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(form))).andReturn();
	}

	@Test
	void aCitizenAppliesOnlineAndFollowsTheApplicationWithTheQueryCode() throws Exception {
		MvcResult result = apply(form(), "10.16.0.1");
		assertThat(result.getResponse().getStatus()).isEqualTo(201);
		Map<?, ?> receipt = JSON.readValue(result.getResponse().getContentAsString(), Map.class);
		assertThat(receipt.get("number")).asString().startsWith("2026-");
		assertThat(receipt.get("receivedOn")).isEqualTo("2026-02-15");
		// counted from Tue 24 Feb: 25–27, Sat 28 调休, 2–6 Mar, 9–13, 16–20, 23 Mar is the 20th
		assertThat(receipt.get("dueOn")).isEqualTo("2026-03-23");
		String code = (String) receipt.get("queryCode");
		// the site's handlers are told at once, without the applicant's name (the message may go by email)
		assertThat(DisclosureFixtures.handler(site).run(() -> notifications.mine(20)))
			.filteredOn(n -> n.kind().equals("disclosure.APPLICATION_RECEIVED"))
			.singleElement()
			.satisfies(n -> {
				assertThat(n.text()).contains((String) receipt.get("number")).contains("网上申请").contains("2026-03-23")
					.doesNotContain("张明");
				assertThat(n.link()).matches("/admin/disclosure/\\d+");
			});

		mvc.perform(post("/api/public/disclosure/queries").contentType(MediaType.APPLICATION_JSON)
				.content("{\"queryCode\":\"" + code.toLowerCase() + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.number").value(receipt.get("number")))
			.andExpect(jsonPath("$.state").value("OPEN"))
			.andExpect(jsonPath("$.dueOn").value("2026-03-23"))
			.andExpect(jsonPath("$.events[0].action").value("received"))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("张明"))));

		mvc.perform(post("/api/public/disclosure/queries").contentType(MediaType.APPLICATION_JSON)
				.content("{\"queryCode\":\"AAAAAAAAAAAA\"}"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("没有与该查询码对应的申请，请核对查询码。"));
		mvc.perform(post("/api/public/disclosure/queries/letter").contentType(MediaType.APPLICATION_JSON)
				.content("{\"queryCode\":\"" + code + "\"}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void badInputIsRefusedInChineseNamingTheFieldAndNothingIsStored() throws Exception {
		int before = count();
		List<Map.Entry<String, Object>> faults = List.of(Map.entry("identityNumber", "110105194912310021"),
				Map.entry("applicantType", "ROBOT"), Map.entry("phone", "12345"), Map.entry("description", "要"),
				Map.entry("siteCode", "0000000000"), Map.entry("name", " "), Map.entry("delivery", "PIGEON"),
				Map.entry("email", "not-an-address"));
		for (Map.Entry<String, Object> fault : faults) {
			Map<String, Object> form = form();
			form.put(fault.getKey(), fault.getValue());
			MvcResult result = apply(form, "10.16.0.2");
			assertThat(result.getResponse().getStatus()).as(fault.getKey()).isEqualTo(400);
			assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			Map<?, ?> problem = JSON.readValue(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8), Map.class);
			assertThat(problem.get("title")).isEqualTo("申请内容有误");
			assertThat((String) problem.get("detail")).as(fault.getKey()).matches(".*[\\u4e00-\\u9fa5].*。");
			assertThat(problem.get("field")).isEqualTo(fault.getKey().equals("applicantType") ? "applicantType"
					: fault.getKey().equals("siteCode") ? "siteCode" : fault.getKey());
		}
		Map<String, Object> company = form();
		company.put("applicantType", "LEGAL_PERSON");
		company.put("identityNumber", DisclosureFixtures.CREDIT_CODE);
		company.put("contactPerson", "李华");
		MvcResult noKind = apply(company, "10.16.0.2");
		assertThat(noKind.getResponse().getStatus()).isEqualTo(400);
		assertThat(noKind.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("legalPersonKind");

		mvc.perform(post("/api/public/disclosure/applications").contentType(MediaType.APPLICATION_JSON).content("{not json"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void oneAddressApplyingTooOftenGets429() throws Exception {
		int status = 0;
		for (int i = 0; i < 12 && status != 429; i++) {
			Map<String, Object> form = form();
			form.put("phone", "1");
			status = apply(form, "10.16.9.9").getResponse().getStatus();
		}
		assertThat(status).isEqualTo(429);
		mvc.perform(post("/api/public/disclosure/applications").with(request -> {
			request.setRemoteAddr("10.16.9.9");
			return request;
		}).contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(form())))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
	}

	@Test
	void theApplicantsDataIsEncryptedAtRest() throws Exception {
		Map<String, Object> company = form();
		company.put("applicantType", "LEGAL_PERSON");
		company.put("identityNumber", DisclosureFixtures.CREDIT_CODE);
		company.put("legalPersonKind", "RESEARCH");
		company.put("contactPerson", "李华");
		company.put("name", "示例农业科学研究所");
		assertThat(apply(company, "10.16.0.3").getResponse().getStatus()).isEqualTo(201);
		Map<String, Object> row = jdbc.sql("""
				select applicant_name, identity_number, contact_person, phone, email, address, description, purpose, legal_person_kind
				from disclosure_request where site_id = :site
				""").param("site", site.id()).query().singleRow();
		List<String> plain = List.of("示例农业科学研究所", DisclosureFixtures.CREDIT_CODE, "李华", "13800138000", "zhangming@example.cn",
				"人民路", "征收补偿", "了解");
		for (String column : List.of("applicant_name", "identity_number", "contact_person", "phone", "email", "address",
				"description", "purpose")) {
			String stored = (String) row.get(column);
			assertThat(stored).as(column).startsWith("sm4gcm:");
			assertThat(plain).as(column).noneMatch(stored::contains);
		}
		assertThat(row.get("legal_person_kind")).isEqualTo("RESEARCH");
		assertThat(jdbc.sql("select count(*) from disclosure_request where query_code_hash ~ '^[0-9a-f]{64}$' and site_id = :site")
			.param("site", site.id()).query(Integer.class).single()).isEqualTo(1);
	}

	private int count() {
		return jdbc.sql("select count(*) from disclosure_request").query(Integer.class).single();
	}
}
