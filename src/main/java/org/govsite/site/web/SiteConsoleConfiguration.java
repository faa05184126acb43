package org.govsite.site.web;

import org.govsite.identity.StaffRole;
import org.govsite.platform.BackOffice;
import org.govsite.platform.ConsoleMenuItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The site group's place in the console menu: every staff member may look at the sites. */
@Configuration(proxyBeanMethods = false)
@BackOffice
class SiteConsoleConfiguration {

	@Bean
	ConsoleMenuItem sitesMenuItem() {
		return ConsoleMenuItem.forAuthorities("menu.sites", "/admin/sites", 20, StaffRole.STAFF_AUTHORITY);
	}
}
