package org.govsite.identity.web;

import org.govsite.identity.StaffRole;
import org.govsite.platform.BackOffice;
import org.govsite.platform.ConsoleMenuItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The identity module's console menu entries. */
@Configuration(proxyBeanMethods = false)
@BackOffice
class IdentityConsole {

	@Bean
	ConsoleMenuItem accountsMenu() {
		return ConsoleMenuItem.forAuthorities("menu.accounts", "/admin/accounts", 80, StaffRole.SECURITY_ADMIN.authority());
	}

	@Bean
	ConsoleMenuItem securityPolicyMenu() {
		return ConsoleMenuItem.forAuthorities("menu.securityPolicy", "/admin/security-policy", 81,
				StaffRole.SECURITY_ADMIN.authority());
	}

	@Bean
	ConsoleMenuItem administratorChangesMenu() {
		return ConsoleMenuItem.forAuthorities("menu.administratorChanges", "/admin/administrator-changes", 82,
				StaffRole.SYSTEM_ADMIN.authority(), StaffRole.SECURITY_ADMIN.authority(), StaffRole.AUDIT_ADMIN.authority());
	}

	@Bean
	ConsoleMenuItem myAccountMenu() {
		return ConsoleMenuItem.forAuthorities("menu.myAccount", "/admin/account", 99, StaffRole.STAFF_AUTHORITY);
	}
}
