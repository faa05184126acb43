package org.govsite.calendar.web;

import org.govsite.identity.StaffRole;
import org.govsite.platform.BackOffice;
import org.govsite.platform.ConsoleMenuItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 工作日历 in the console's menu: every staff member may look up working days. */
@Configuration(proxyBeanMethods = false)
@BackOffice
class CalendarMenu {

	@Bean
	ConsoleMenuItem calendarMenuItem() {
		return ConsoleMenuItem.forAuthorities("menu.calendar", "/admin/calendar", 900, StaffRole.STAFF_AUTHORITY);
	}
}
