package org.govsite.calendar.web;

import java.time.LocalDateTime;

import org.govsite.test.IntegrationTest;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** No test enters 2050 or 2051: their arrangements stay missing. */
@IntegrationTest
class CalendarWorkbenchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	@WithMockUser(username = "calendar-admin", authorities = { "ROLE_SYSTEM_ADMIN", "STAFF" })
	void fromNovemberTheSystemAdministratorIsAskedForNextYear() throws Exception {
		clock.setTo(LocalDateTime.of(2050, 11, 1, 9, 0));

		mvc.perform(get("/admin"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("请录入2051年的节假日安排"),
					containsString("href=\"/admin/calendar/2051/edit\""), containsString("2050-12-31"))));
	}

	@Test
	@WithMockUser(username = "calendar-admin", authorities = { "ROLE_SYSTEM_ADMIN", "STAFF" })
	void beforeNovemberOnlyAMissingCurrentYearIsAskedFor() throws Exception {
		clock.setTo(LocalDateTime.of(2050, 10, 31, 9, 0));

		mvc.perform(get("/admin"))
			.andExpect(content().string(allOf(containsString("请录入2050年的节假日安排"),
					not(containsString("请录入2051年的节假日安排")))));
	}

	@Test
	@WithMockUser(username = "editor", authorities = { "STAFF", "site:1:EDITOR" })
	void otherStaffAreNotAsked() throws Exception {
		clock.setTo(LocalDateTime.of(2050, 11, 1, 9, 0));

		mvc.perform(get("/admin"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("节假日安排"))));
	}
}
