package org.govsite.calendar.web;

import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@WithMockUser(username = "calendar-api", authorities = { "ROLE_SYSTEM_ADMIN", "STAFF" })
class CalendarApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void listsTheYearsWithTheirWorkingDays() throws Exception {
		mvc.perform(get("/api/v1/calendar/years"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.year == 2025)].workingDays").value(248))
			.andExpect(jsonPath("$[?(@.year == 2026)].source").value("BUILT_IN"));
	}

	@Test
	void showsAYear() throws Exception {
		mvc.perform(get("/api/v1/calendar/years/2026"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.workingDays").value(248))
			.andExpect(jsonPath("$.holidays", hasSize(19)))
			.andExpect(jsonPath("$.holidays[0].date").value("2026-01-01"))
			.andExpect(jsonPath("$.holidays[0].name").value("元旦"))
			.andExpect(jsonPath("$.adjustedWorkingDays[*].date", hasItem("2026-02-14")));
	}

	@Test
	void entersAYear() throws Exception {
		mvc.perform(put("/api/v1/calendar/years/2045").contentType(MediaType.APPLICATION_JSON).content("""
				{"holidays": [{"date": "2045-01-02", "name": "元旦"}],
				 "adjustedWorkingDays": [{"date": "2045-01-07", "name": "元旦"}]}
				"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.source").value("ENTERED"))
			.andExpect(jsonPath("$.updatedBy").value("calendar-api"))
			.andExpect(jsonPath("$.workingDays").isNumber());

		mvc.perform(get("/api/v1/calendar/days/2045-01-02"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.workingDay").value(false))
			.andExpect(jsonPath("$.kind").value("HOLIDAY"))
			.andExpect(jsonPath("$.name").value("元旦"))
			.andExpect(jsonPath("$.yearDefined").value(true));
		mvc.perform(get("/api/v1/calendar/days/2045-01-07"))
			.andExpect(jsonPath("$.workingDay").value(true));
	}

	@Test
	void namesEveryBadDayOfARefusedYear() throws Exception {
		mvc.perform(put("/api/v1/calendar/years/2045").contentType(MediaType.APPLICATION_JSON).content("""
				{"holidays": [{"date": "2045-01-07", "name": "元旦"}, {"date": "2046-01-01", "name": "元旦"}],
				 "adjustedWorkingDays": []}
				"""))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("2045-01-07是星期六")))
			.andExpect(jsonPath("$.errors", hasSize(2)))
			.andExpect(jsonPath("$.errors[1].field").value("holidays[1]"))
			.andExpect(jsonPath("$.errors[1].message").value("2046-01-01不在2045年内。"));
	}

	@Test
	void refusesAYearThePlatformDoesNotKeep() throws Exception {
		mvc.perform(put("/api/v1/calendar/years/1999").contentType(MediaType.APPLICATION_JSON)
				.content("{\"holidays\": [], \"adjustedWorkingDays\": []}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("不能录入1999年：只能录入2000年至2100年的安排。"));
		mvc.perform(get("/api/v1/calendar/years/2099"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("找不到工作日历年份（2099）。"));
	}

	@Test
	void answersBadInputInChinese() throws Exception {
		mvc.perform(get("/api/v1/calendar/years/abc"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("内容有误"))
			.andExpect(jsonPath("$.detail").value("参数“year”的值“abc”格式不正确。"));
		mvc.perform(get("/api/v1/calendar/days/2026-02-30"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("2026-02-30")));
		mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-13-01").param("workingDays", "5"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors.from").value("日期格式应为 yyyy-MM-dd"));
		mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-02-13").param("workingDays", "-1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.workingDays").value("不能小于 0"));
		mvc.perform(get("/api/v1/calendar/working-days").param("from", "2026-02-13"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.to").value("必填"));
		mvc.perform(put("/api/v1/calendar/years/2045").contentType(MediaType.APPLICATION_JSON)
				.content("{\"holidays\": [{\"date\": \"2045-01-02\", \"name\": \"\"}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors['holidays[0].name']").value("必填"))
			.andExpect(jsonPath("$.errors.adjustedWorkingDays").value("必填"));
	}

	@Test
	@WithMockUser(username = "editor", authorities = { "STAFF", "site:1:EDITOR" })
	void onlyTheSystemAdministratorEntersAYear() throws Exception {
		mvc.perform(put("/api/v1/calendar/years/2046").contentType(MediaType.APPLICATION_JSON)
				.content("{\"holidays\": [], \"adjustedWorkingDays\": []}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/calendar/years/2046")).andExpect(status().isNotFound());
	}

	@Test
	void computesDeadlinesAndCountsWorkingDays() throws Exception {
		mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-02-13").param("workingDays", "5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.receiptDay").value("2026-02-13"))
			.andExpect(jsonPath("$.deadline").value("2026-02-27"))
			.andExpect(jsonPath("$.endsAt").value("2026-02-27T16:00:00Z"));
		mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-02-15").param("workingDays", "5"))
			.andExpect(jsonPath("$.receiptDay").value("2026-02-24"))
			.andExpect(jsonPath("$.deadline").value("2026-03-02"));
		mvc.perform(get("/api/v1/calendar/working-days").param("from", "2025-09-30").param("to", "2025-10-11"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.workingDays").value(3));
	}

	@Test
	void marksADeadlineInAYearWithoutArrangementProvisional() throws Exception {
		mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-12-31").param("workingDays", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.deadline").value("2027-01-01"))
			.andExpect(jsonPath("$.provisional").value(true))
			.andExpect(jsonPath("$.note").value(containsString("2027年")));
		mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-02-13").param("workingDays", "5"))
			.andExpect(jsonPath("$.provisional").value(false));
	}

	@Test
	void refusesDaysBeforeTheFirstKnownYear() throws Exception {
		mvc.perform(get("/api/v1/calendar/days/2024-10-01"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("2025年的节假日安排")));
		mvc.perform(get("/api/v1/calendar/deadline").param("from", "2024-09-30").param("workingDays", "1"))
			.andExpect(status().isBadRequest());
	}
}
