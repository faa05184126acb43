package org.govsite.channel.web;

import org.govsite.identity.StaffRole;
import org.govsite.platform.BackOffice;
import org.govsite.platform.ConsoleMenuItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The console's 栏目管理 entry: for the system administrator and anyone holding a role on a site. */
@Configuration(proxyBeanMethods = false)
@BackOffice
class ChannelConsoleConfiguration {

	static final String SITE_ROLE_PREFIX = "site:";

	@Bean
	ConsoleMenuItem channelMenuItem() {
		return new ConsoleMenuItem("menu.channel", "/admin/channels", 30,
				user -> user.getAuthorities().stream().map(granted -> String.valueOf(granted.getAuthority()))
					.anyMatch(authority -> authority.equals(StaffRole.SYSTEM_ADMIN.authority())
							|| authority.startsWith(SITE_ROLE_PREFIX)));
	}
}
