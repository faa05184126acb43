package org.govsite.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a request may carry: every unreadable body and every NUL character is a 400 in Chinese
 * (PostgreSQL cannot store U+0000, which used to end in a 500), and list answers are capped.
 */
@IntegrationTest
class RequestInputTests {

	static final String NUL = "\u0000";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aBodyThatIsNotJsonIsRefusedInChinese() throws Exception {
		mvc.perform(post("/api/v1/sites").with(admin()).contentType(MediaType.APPLICATION_JSON).content("{\"registration\": "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("内容有误"))
			.andExpect(jsonPath("$.detail", containsString("无法读取")))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(containsString("Failed"))));
	}

	@Test
	void nullForAYesOrNoIsRefusedInChineseNamingTheField() throws Exception {
		mvc.perform(post("/api/v1/sites").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"registration": {"kind": "PORTAL", "name": "测试", "securityPassed": null},
				 "profile": {"sponsor": "测试单位", "responsiblePerson": "张三", "contactPerson": "李四",
				             "contactPhone": "0752-1234567", "contactEmail": "web@example.gov.cn"}}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("不能为 null")))
			.andExpect(jsonPath("$.field").value("registration.securityPassed"));
	}

	@Test
	void springsOwnRefusalsOfARequestAreInChineseToo() throws Exception {
		mvc.perform(get("/api/v1/documents").with(admin()).param("offset", "abc"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("参数“offset”的值“abc”格式不正确。"));
		mvc.perform(post("/api/v1/sites").with(admin()).contentType(MediaType.TEXT_PLAIN).content("站点"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.title").value("不支持的内容类型"));
	}

	@Test
	void aNulCharacterInAJsonTextIsA400InChinese() throws Exception {
		mvc.perform(post("/api/v1/sites").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"registration": {"kind": "PORTAL", "name": "测试\\u0000站点"},
				 "profile": {"sponsor": "测试单位", "responsiblePerson": "张三", "contactPerson": "李四",
				             "contactPhone": "0752-1234567", "contactEmail": "web@example.gov.cn"}}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("error.nulCharacter"))
			.andExpect(jsonPath("$.detail", containsString("空字符")))
			.andExpect(jsonPath("$.field").value("registration.name"));
		mvc.perform(post("/api/v1/accounts").with(securityAdmin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"nul.user\",\"displayName\":\"新\\u0000同事\",\"unit\":\"县政府办\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("空字符")));
	}

	@Test
	void aNulCharacterInAFormOrQueryFieldIsA400InChinese() throws Exception {
		mvc.perform(post("/admin/sites").with(admin()).with(csrf()).param("name", "测试" + NUL + "站点").param("kind", "PORTAL"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("空字符")));
		mvc.perform(get("/api/v1/documents").with(admin()).param("text", "医保" + NUL))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("空字符")));
		mvc.perform(post("/login").with(csrf()).param("username", "admin" + NUL).param("password", "x"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aListAnswerHoldsAtMostOnePageWhateverSizeIsAskedFor() throws Exception {
		long site = aNewSite();
		Timestamp now = Timestamp.from(Instant.now());
		for (int i = 0; i < PageSize.MAX + 20; i++) {
			jdbc.sql("insert into publish_manifest (site_id, path, sha256, size, written_at) values (?, ?, ?, 1, ?)")
				.params(site, "art/%04d.html".formatted(i), "0".repeat(64), now)
				.update();
		}
		try {
			mvc.perform(get("/api/v1/sites/{id}/manifest", site).with(admin()).param("limit", "100000"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$", hasSize(PageSize.MAX)));
			mvc.perform(get("/api/v1/sites/{id}/manifest", site).with(admin()))
				.andExpect(jsonPath("$", hasSize(PageSize.MAX)));
			mvc.perform(get("/api/v1/sites/{id}/manifest", site).with(admin()).param("offset", String.valueOf(PageSize.MAX)))
				.andExpect(jsonPath("$", hasSize(20)))
				.andExpect(jsonPath("$[0].path").value("art/%04d.html".formatted(PageSize.MAX)));
		}
		finally {
			jdbc.sql("delete from publish_manifest where site_id = ?").param(site).update();
		}
	}

	/** A site just applied for: the manifest of an id that names no site is a 404. */
	private long aNewSite() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String body = mvc.perform(post("/api/v1/sites").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"registration": {"kind": "PORTAL", "name": "分页测试站点%s"},
				 "profile": {"sponsor": "分页测试单位%s", "responsiblePerson": "张三", "contactPerson": "李四",
				             "contactPhone": "0752-1234567", "contactEmail": "web@example.gov.cn"}}""".formatted(suffix, suffix)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	static RequestPostProcessor admin() {
		return user("input.admin").authorities(new SimpleGrantedAuthority("ROLE_SYSTEM_ADMIN"), new SimpleGrantedAuthority("STAFF"));
	}

	static RequestPostProcessor securityAdmin() {
		return user("input.secadmin").authorities(new SimpleGrantedAuthority("ROLE_SECURITY_ADMIN"),
				new SimpleGrantedAuthority("STAFF"));
	}
}
