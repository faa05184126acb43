package org.govsite.audit;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The audit administrator signs, downloads and checks chain heads; nobody else may. Each step is recorded. */
@IntegrationTest
class AuditHeadsConsoleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private final String auditor = "auditor-" + UUID.randomUUID();

	@Test
	void theAuditorSignsDownloadsAndChecksHeads() throws Exception {
		mvc.perform(post("/admin/audit/heads").with(as(auditor, "ROLE_AUDIT_ADMIN")).with(csrf()))
			.andExpect(redirectedUrl("/admin/audit/heads"));
		mvc.perform(get("/admin/audit/heads").with(as(auditor, "ROLE_AUDIT_ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("SM2 公钥")));
		String exported = mvc.perform(get("/admin/audit/heads/export").with(as(auditor, "ROLE_AUDIT_ADMIN")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("audit-heads.txt")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(exported).contains("govsite-audit-head v1 seq=");

		mvc.perform(multipart("/admin/audit/heads/verification")
				.file(new MockMultipartFile("file", "audit-heads.txt", "text/plain", exported.getBytes(StandardCharsets.UTF_8)))
				.with(as(auditor, "ROLE_AUDIT_ADMIN")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("均与现存审计日志相符")));

		String forged = exported.lines().filter(SignedHead::isHeadLine).findFirst().orElseThrow()
			.replaceFirst("hash=[0-9a-f]{64}", "hash=" + "e".repeat(64));
		mvc.perform(post("/api/v1/audit/head-verification").contentType(MediaType.TEXT_PLAIN).content(forged)
				.with(as(auditor, "ROLE_AUDIT_ADMIN")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(false))
			.andExpect(jsonPath("$.problem").value("BAD_SIGNATURE"))
			.andExpect(jsonPath("$.message", containsString("签名无效")));

		assertThat(new StoredRecords(jdbc).byActor(auditor)).extracting(StoredRecords.Row::action)
			.containsExactly("audit.head.sign", "audit.read", "audit.head.export", "audit.head.verify", "audit.head.verify");
	}

	@Test
	void theOtherAdministratorsMayNot() throws Exception {
		String admin = "admin-" + UUID.randomUUID();
		mvc.perform(post("/admin/audit/heads").with(as(admin, "ROLE_SYSTEM_ADMIN")).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/admin/audit/heads/export").with(as(admin, "ROLE_SECURITY_ADMIN"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/audit/heads").with(as(admin, "ROLE_SYSTEM_ADMIN"))).andExpect(status().isForbidden());
	}

	private static RequestPostProcessor as(String username, String role) {
		return user(username).authorities(new SimpleGrantedAuthority(role), new SimpleGrantedAuthority("STAFF"));
	}
}
