package org.govsite.calendar.web;

import java.time.LocalDate;

import org.govsite.calendar.WorkingCalendar;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@IntegrationTest
class CalendarConsoleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkingCalendar workingCalendar;

	@Test
	@WithMockUser(username = "editor", authorities = { "STAFF", "site:1:EDITOR" })
	void everyStaffMemberSeesTheYearsAndTheMenuEntryButNoEditing() throws Exception {
		mvc.perform(get("/admin/calendar"))
			.andExpect(status().isOk())
			.andExpect(view().name("calendar/index"))
			.andExpect(content().string(allOf(containsString("href=\"/admin/calendar\""), containsString("工作日历"),
					containsString("/admin/calendar/2026"), containsString("系统内置"), containsString("248"))))
			.andExpect(content().string(not(containsString("/admin/calendar/2026/edit"))));
	}

	@Test
	@WithMockUser(username = "editor", authorities = { "STAFF", "site:1:EDITOR" })
	void showsAYearAsTwelveMonths() throws Exception {
		mvc.perform(get("/admin/calendar/2026"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("2026年工作日历"), containsString("<caption>12月</caption>"),
					containsString("title=\"春节\""), containsString("2月16日、2月17日"), containsString("调休上班（班）"))))
			.andExpect(content().string(not(containsString("修改节假日安排"))));
	}

	@Test
	@WithMockUser(username = "editor", authorities = { "STAFF", "site:1:EDITOR" })
	void aYearWithoutArrangementCountsMondayToFriday() throws Exception {
		mvc.perform(get("/admin/calendar/2098"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2098年尚未录入节假日安排")));
		mvc.perform(get("/admin/calendar/1999")).andExpect(status().isNotFound());
	}

	@Test
	@WithMockUser(username = "editor", authorities = { "STAFF", "site:1:EDITOR" })
	void anEditorMayNotEditAYear() throws Exception {
		mvc.perform(get("/admin/calendar/2047/edit")).andExpect(status().isForbidden());
		mvc.perform(post("/admin/calendar/2047").with(csrf()).param("holidays", "2047-01-01 元旦").param("adjustedWorkingDays", ""))
			.andExpect(status().isForbidden());

		assertThat(workingCalendar.isWorkingDay(LocalDate.of(2047, 1, 1))).isTrue();
	}

	@Test
	@WithMockUser(username = "calendar-admin", authorities = { "ROLE_SYSTEM_ADMIN", "STAFF" })
	void theEditFormNamesEachBadLineAndKeepsWhatWasTyped() throws Exception {
		String holidays = "2048-01-01 元旦\n2048-02-30 春节\n2048-02-01 春节";
		String adjusted = "2048-02-03 春节";

		mvc.perform(post("/admin/calendar/2048").with(csrf()).param("holidays", holidays).param("adjustedWorkingDays", adjusted))
			.andExpect(status().isOk())
			.andExpect(view().name("calendar/edit"))
			.andExpect(model().attributeHasFieldErrors("yearForm", "holidays", "adjustedWorkingDays"))
			.andExpect(content().string(allOf(
					containsString("第2行“2048-02-30 春节”：日期应写成 yyyy-MM-dd"),
					containsString("第3行“2048-02-01 春节”：2048-02-01是星期六，本来就休息"),
					containsString("第1行“2048-02-03 春节”：2048-02-03是星期一，本来就上班"),
					containsString("有3处需要修改"),
					containsString("id=\"holidays-error\""),
					containsString(">2048-01-01 元旦\n2048-02-30 春节\n2048-02-01 春节</textarea>"),
					containsString(">2048-02-03 春节</textarea>"))));

		assertThat(workingCalendar.isWorkingDay(LocalDate.of(2048, 1, 1))).as("nothing saved").isTrue();
	}

	@Test
	@WithMockUser(username = "calendar-admin", authorities = { "ROLE_SYSTEM_ADMIN", "STAFF" })
	void aSystemAdministratorEntersAYear() throws Exception {
		mvc.perform(get("/admin/calendar/2049/edit"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2049年节假日安排")));

		mvc.perform(post("/admin/calendar/2049").with(csrf())
				.param("holidays", "2049-01-01 元旦\n\n2049-10-01 国庆节")
				.param("adjustedWorkingDays", "2049-10-09 国庆节"))
			.andExpect(redirectedUrl("/admin/calendar/2049"))
			.andExpect(flash().attribute("successMessage", "2049年的节假日安排已保存，全年共260个工作日。"));

		assertThat(workingCalendar.isWorkingDay(LocalDate.of(2049, 10, 1))).isFalse();
		mvc.perform(get("/admin/calendar/2049/edit"))
			.andExpect(content().string(containsString(">2049-01-01 元旦\n2049-10-01 国庆节</textarea>")));
		mvc.perform(get("/admin/calendar"))
			.andExpect(content().string(allOf(containsString("人工录入"), containsString("/admin/calendar/2049/edit"))));
	}

	@Test
	@WithMockUser(username = "editor", authorities = { "STAFF", "site:1:EDITOR" })
	void theCalculatorsAnswerWithAPartial() throws Exception {
		mvc.perform(get("/admin/calendar/deadline").header("HX-Request", "true")
				.param("received", "2026-02-15").param("workingDays", "5"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"deadline-calculator\""),
					containsString("2026-02-15不是工作日，按下一个工作日2026-02-24起算"),
					containsString("期限截止于2026-03-02（星期一）当日24时"), not(containsString("<html")))));

		mvc.perform(get("/admin/calendar/working-days").header("HX-Request", "true")
				.param("from", "2025-09-30").param("to", "2025-10-11"))
			.andExpect(content().string(containsString("2025-09-30之后到2025-10-11（含）共3个工作日")));

		mvc.perform(get("/admin/calendar/deadline").header("HX-Request", "true")
				.param("received", "").param("workingDays", "5"))
			.andExpect(model().attributeHasFieldErrors("deadlineForm", "received"))
			.andExpect(content().string(containsString("id=\"received-error\"")));
	}

	@Test
	@WithMockUser(username = "editor", authorities = { "STAFF", "site:1:EDITOR" })
	void theCalculatorsWorkWithoutJavaScript() throws Exception {
		mvc.perform(get("/admin/calendar/deadline").param("received", "2026-02-13").param("workingDays", "5"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html"), containsString("期限截止于2026-02-27（星期五）"))));
	}

	@Test
	@WithMockUser(username = "editor", authorities = { "STAFF", "site:1:EDITOR" })
	void theCalculatorWarnsOfAProvisionalDeadlineAndRefusesUnknownYears() throws Exception {
		mvc.perform(get("/admin/calendar/deadline").header("HX-Request", "true")
				.param("received", "2026-12-31").param("workingDays", "1"))
			.andExpect(content().string(allOf(containsString("期限截止于2027-01-01"),
					containsString("暂定期限：期限跨入尚未录入节假日安排的2027年"))));

		mvc.perform(get("/admin/calendar/deadline").header("HX-Request", "true")
				.param("received", "2024-10-01").param("workingDays", "1"))
			.andExpect(model().attributeHasFieldErrors("deadlineForm", "received"))
			.andExpect(content().string(allOf(containsString("工作日历最早只有2025年的节假日安排"),
					not(containsString("期限截止于")))));
	}
}
