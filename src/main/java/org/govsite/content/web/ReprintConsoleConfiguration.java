package org.govsite.content.web;

import org.govsite.identity.StaffRole;
import org.govsite.platform.BackOffice;
import org.govsite.platform.ConsoleMenuItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 待转载政策 and 发布登记 in the console menu, for the editors who reprint and register. */
@Configuration(proxyBeanMethods = false)
@BackOffice
class ReprintConsoleConfiguration {

	@Bean
	ConsoleMenuItem reprintsMenuItem() {
		return new ConsoleMenuItem("menu.content.reprints", "/admin/reprints", 44,
				ContentConsoleConfiguration.holding(StaffRole.EDITOR));
	}

	@Bean
	ConsoleMenuItem outsideReleasesMenuItem() {
		return new ConsoleMenuItem("menu.content.outsideReleases", "/admin/outside-releases", 45,
				ContentConsoleConfiguration.holding(StaffRole.EDITOR));
	}
}
