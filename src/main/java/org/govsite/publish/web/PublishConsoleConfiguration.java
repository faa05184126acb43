package org.govsite.publish.web;

import org.govsite.identity.StaffRole;
import org.govsite.platform.BackOffice;
import org.govsite.platform.ConsoleMenuItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The console's 发布管理 entry: for the system administrator, site managers and template managers. */
@Configuration(proxyBeanMethods = false)
@BackOffice
class PublishConsoleConfiguration {

	@Bean
	ConsoleMenuItem publishMenuItem() {
		String manager = ":" + StaffRole.SITE_MANAGER.name();
		String templates = ":" + StaffRole.TEMPLATE_MANAGER.name();
		return new ConsoleMenuItem("menu.publish", "/admin/publish", 50,
				user -> user.getAuthorities().stream().map(granted -> String.valueOf(granted.getAuthority()))
					.anyMatch(authority -> authority.equals(StaffRole.SYSTEM_ADMIN.authority())
							|| authority.startsWith("site:") && (authority.endsWith(manager) || authority.endsWith(templates))));
	}
}
