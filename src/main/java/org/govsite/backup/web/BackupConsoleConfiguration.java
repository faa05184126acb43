package org.govsite.backup.web;

import org.govsite.identity.StaffRole;
import org.govsite.platform.BackOffice;
import org.govsite.platform.ConsoleMenuItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 数据备份 in the menu, for the system administrator, who owns the backups. */
@Configuration(proxyBeanMethods = false)
@BackOffice
class BackupConsoleConfiguration {

	@Bean
	ConsoleMenuItem backupMenuItem() {
		return ConsoleMenuItem.forAuthorities("menu.backup", "/admin/backups", 86, StaffRole.SYSTEM_ADMIN.authority());
	}
}
