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

	/** 域名台账: the system administrator keeps it; each site's manager reads their own domains. */
	@Bean
	ConsoleMenuItem domainLedgerMenuItem() {
		return new ConsoleMenuItem("menu.domains", "/admin/domains", 21, user -> user.getAuthorities().stream()
			.map(granted -> String.valueOf(granted.getAuthority()))
			.anyMatch(authority -> authority.equals(StaffRole.SYSTEM_ADMIN.authority())
					|| authority.endsWith(":" + StaffRole.SITE_MANAGER.name())));
	}
}
