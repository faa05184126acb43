package org.govsite.platform.web;

import org.govsite.platform.BackOffice;
import org.govsite.platform.ConsoleMenuItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The console's own menu entry: the 工作台. */
@Configuration(proxyBeanMethods = false)
@BackOffice
class PlatformConsole {

	@Bean
	ConsoleMenuItem workbenchMenu() {
		return new ConsoleMenuItem("menu.workbench", "/admin", 0, user -> true);
	}
}
