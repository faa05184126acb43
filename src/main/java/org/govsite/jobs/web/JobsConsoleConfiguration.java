package org.govsite.jobs.web;

import org.govsite.identity.StaffRole;
import org.govsite.platform.BackOffice;
import org.govsite.platform.ConsoleMenuItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 后台任务 in the menu, for the system administrator. */
@Configuration(proxyBeanMethods = false)
@BackOffice
class JobsConsoleConfiguration {

	@Bean
	ConsoleMenuItem jobsMenuItem() {
		return ConsoleMenuItem.forAuthorities("menu.jobs", "/admin/jobs", 85, StaffRole.SYSTEM_ADMIN.authority());
	}
}
