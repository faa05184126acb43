package org.govsite.content.web;

import java.util.function.Predicate;

import org.govsite.identity.StaffRole;
import org.govsite.platform.BackOffice;
import org.govsite.platform.ConsoleMenuItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;

/** The console's entries of the library: 信息管理 for editors, 待我审核 for reviewers. */
@Configuration(proxyBeanMethods = false)
@BackOffice
class ContentConsoleConfiguration {

	@Bean
	ConsoleMenuItem documentsMenuItem() {
		return new ConsoleMenuItem("menu.content.documents", "/admin/documents", 40, holding(StaffRole.EDITOR));
	}

	@Bean
	ConsoleMenuItem reviewMenuItem() {
		return new ConsoleMenuItem("menu.content.review", "/admin/review", 41, holding(StaffRole.REVIEWER));
	}

	/** Whoever holds the role over some site or channel. */
	static Predicate<Authentication> holding(StaffRole role) {
		return user -> user.getAuthorities().stream().map(granted -> String.valueOf(granted.getAuthority()))
			.anyMatch(authority -> authority.startsWith("site:") && authority.split(":").length >= 3
					&& authority.split(":")[2].equals(role.name()));
	}
}
