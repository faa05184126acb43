package org.govsite.audit;

import java.util.UUID;

import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Only the audit administrator reads the trail (三员分立), and every reading is itself recorded. */
@IntegrationTest
class AuditAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditTrail trail;

	private StoredRecords records;

	private final String auditor = "auditor-" + UUID.randomUUID();

	private final String thing = "thing-" + UUID.randomUUID();

	@Autowired
	void records(JdbcClient jdbc) {
		this.records = new StoredRecords(jdbc);
	}

	@Test
	void theAuditorFindsRecordsByFilterAndHisReadingIsRecorded() throws Exception {
		trail.record(new AuditEntry("zhangsan", "audit.verify", "thing", thing, false, "192.0.2.7", null));

		mvc.perform(get("/admin/audit").param("objectId", thing).param("outcome", "FAILURE").with(as(auditor, "ROLE_AUDIT_ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(thing)))
			.andExpect(content().string(containsString("校验审计日志")))
			.andExpect(content().string(containsString("192.0.2.7")))
			.andExpect(content().string(containsString("badge danger")));

		StoredRecords.Row reading = records.byActor(auditor).getFirst();
		assertThat(reading.action()).isEqualTo("audit.read");
		assertThat(reading.outcome()).isEqualTo("SUCCESS");
		assertThat(reading.detail()).isEqualTo("objectId=" + thing + ", outcome=FAILURE");
	}

	@Test
	void anUnknownEventTypeIsShownByItsCode() throws Exception {
		trail.record(new AuditEntry("zhangsan", "test-audit.unlabelled", null, thing, true, null, null));

		mvc.perform(get("/admin/audit").param("objectId", thing).with(as(auditor, "ROLE_AUDIT_ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("test-audit.unlabelled")));
	}

	@Test
	void theApiFindsRecordsByFilter() throws Exception {
		trail.record(new AuditEntry("lisi", "test-audit.step", "thing", thing, true, null, "第一步"));
		trail.record(new AuditEntry("lisi", "test-audit.step", "thing", thing, true, null, "第二步"));

		mvc.perform(get("/api/v1/audit/records").param("objectId", thing).param("size", "1").with(as(auditor, "ROLE_AUDIT_ADMIN")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.records.length()").value(1))
			.andExpect(jsonPath("$.records[0].detail").value("第二步"))
			.andExpect(jsonPath("$.records[0].outcome").value("SUCCESS"))
			.andExpect(jsonPath("$.hasNext").value(true));
	}

	@Test
	void theAuditorVerifiesTheChainInTheConsoleAndThroughTheApi() throws Exception {
		mvc.perform(post("/admin/audit/verification").header("HX-Request", "true").with(as(auditor, "ROLE_AUDIT_ADMIN")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("完整")))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(get("/api/v1/audit/verification").with(as(auditor, "ROLE_AUDIT_ADMIN")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(true))
			.andExpect(jsonPath("$.firstBadSeq").doesNotExist());

		assertThat(records.byActor(auditor)).extracting(StoredRecords.Row::action).containsExactly("audit.verify", "audit.verify");
		assertThat(records.byActor(auditor).getFirst().detail()).contains("均与其哈希相符");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ROLE_SYSTEM_ADMIN", "ROLE_SECURITY_ADMIN" })
	void theOtherAdministratorsMayNotReadTheTrailAndTheirAttemptIsRecorded(String role) throws Exception {
		String admin = "admin-" + UUID.randomUUID();
		mvc.perform(get("/admin/audit").with(as(admin, role))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/audit/verification").with(as(admin, role)).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/audit/records").with(as(admin, role))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/audit/verification").with(as(admin, role))).andExpect(status().isForbidden());

		assertThat(records.byActor(admin)).extracting(StoredRecords.Row::action, StoredRecords.Row::outcome)
			.containsExactly(tuple("audit.read", "FAILURE"), tuple("audit.verify", "FAILURE"), tuple("audit.read", "FAILURE"),
					tuple("audit.verify", "FAILURE"));
	}

	@Test
	void onlyTheAuditorSeesTheMenuEntry() throws Exception {
		mvc.perform(get("/admin").with(as(auditor, "ROLE_AUDIT_ADMIN")))
			.andExpect(content().string(containsString("href=\"/admin/audit\"")));
		mvc.perform(get("/admin").with(as(auditor, "ROLE_SYSTEM_ADMIN")))
			.andExpect(content().string(not(containsString("href=\"/admin/audit\""))));
	}

	private static RequestPostProcessor as(String username, String role) {
		return user(username).authorities(new SimpleGrantedAuthority(role), new SimpleGrantedAuthority("STAFF"));
	}

	@Test
	void theAuditSearchOffersEveryEventTypeByItsChineseName() throws Exception {
		mvc.perform(get("/admin/audit").with(as("auditor" + UUID.randomUUID(), "ROLE_AUDIT_ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<datalist id=\"audit-actions\">")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"channel.create\" label=\"新建栏目\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"content.withdraw\"")));
	}
}
