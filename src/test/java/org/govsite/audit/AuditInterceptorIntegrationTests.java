package org.govsite.audit;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.govsite.test.IntegrationTest;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every changing console and API request leaves one record, with its outcome. */
@IntegrationTest
class AuditInterceptorIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	private StoredRecords records;

	private final String thing = "thing-" + UUID.randomUUID();

	private final String editor = "editor-" + UUID.randomUUID();

	@Autowired
	void records(JdbcClient jdbc) {
		this.records = new StoredRecords(jdbc);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aConsoleChangeRecordsWhoWhatWhenWhereAndWhichObject() throws Exception {
		clock.setTo(LocalDateTime.of(2026, 3, 2, 9, 30, 15));
		mvc.perform(post("/admin/test-audit/things/{id}", thing).with(staff()).with(csrf()).with(from("10.20.30.40")))
			.andExpect(status().is3xxRedirection());

		StoredRecords.Row record = records.single(thing);
		assertThat(record.actor()).isEqualTo(editor);
		assertThat(record.action()).isEqualTo("test-audit.update");
		assertThat(record.objectType()).isEqualTo("thing");
		assertThat(record.outcome()).isEqualTo("SUCCESS");
		assertThat(record.sourceAddress()).isEqualTo("10.20.30.40");
		assertThat(record.detail()).isEqualTo("renamed " + thing);
		assertThat(record.occurredAt().atZoneSameInstant(ZoneId.of("Asia/Shanghai")).toLocalDateTime())
			.isEqualTo(LocalDateTime.of(2026, 3, 2, 9, 30, 15));
	}

	@Test
	void aCreatedObjectIsNamedByTheHandler() throws Exception {
		mvc.perform(post("/admin/test-audit/things").param("name", thing).param("id", "forged").with(staff()).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(records.single("created-" + thing).action()).isEqualTo("test-audit.create");
		assertThat(records.byObjectId("forged")).noneMatch(row -> row.actor().equals(editor));
	}

	@Test
	void aChangeRefusedByARuleIsAFailureThoughItEndsInARedirect() throws Exception {
		mvc.perform(post("/admin/test-audit/things/{id}/refuse", thing).with(staff()).with(csrf())
			.header("Referer", "http://localhost/admin/test-audit"))
			.andExpect(status().is3xxRedirection());

		StoredRecords.Row record = records.single(thing);
		assertThat(record.outcome()).isEqualTo("FAILURE");
		assertThat(record.detail()).isEqualTo("refused: test-audit.refused");
	}

	@Test
	void aChangeRefusedForWantOfARightIsAFailure() throws Exception {
		mvc.perform(post("/admin/test-audit/things/{id}/guarded", thing).with(staff()).with(csrf()))
			.andExpect(status().isForbidden());

		StoredRecords.Row record = records.single(thing);
		assertThat(record.action()).isEqualTo("test-audit.guarded");
		assertThat(record.outcome()).isEqualTo("FAILURE");
		assertThat(record.detail()).isEqualTo("forbidden");
	}

	@Test
	void aFormShownAgainWithErrorsIsAFailure() throws Exception {
		mvc.perform(post("/admin/test-audit/things/{id}/form", thing).param("name", " ").with(staff()).with(csrf()))
			.andExpect(status().isOk());

		StoredRecords.Row record = records.single(thing);
		assertThat(record.outcome()).isEqualTo("FAILURE");
		assertThat(record.detail()).isEqualTo("invalid: name");
	}

	@Test
	void anApiChangeIsRecordedWithItsOutcome() throws Exception {
		mvc.perform(put("/api/v1/test-audit/things/{id}", thing).with(staff())).andExpect(status().isOk());
		mvc.perform(delete("/api/v1/test-audit/things/{id}", thing).with(staff())).andExpect(status().isConflict());

		assertThat(records.byObjectId(thing)).extracting(StoredRecords.Row::action, StoredRecords.Row::outcome)
			.containsExactly(tuple("test-audit.update", "SUCCESS"),
					tuple("test-audit.delete", "FAILURE"));
	}

	@Test
	void anOrdinaryReadIsNotRecorded() throws Exception {
		mvc.perform(get("/admin").with(staff())).andExpect(status().isOk());

		assertThat(records.byActor(editor)).isEmpty();
	}

	private RequestPostProcessor staff() {
		return user(editor).authorities(new SimpleGrantedAuthority("STAFF"));
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}
}
