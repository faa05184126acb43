package org.govsite.content.web;

import java.util.function.Predicate;

import org.govsite.identity.StaffRole;
import org.govsite.platform.BackOffice;
import org.govsite.platform.ConsoleMenuItem;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteKind;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;

/**
 * The console's entries of the library: 信息管理 for editors, 待我审核 for
 * reviewers, 报送采用 for the editors of portals and their departments, 内容设置 for site managers,
 * 媒体库 for editors and site managers.
 */
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

	/** 媒体库, for the editors and managers of a site: its pictures and files, to be used again. */
	@Bean
	ConsoleMenuItem mediaMenuItem() {
		return new ConsoleMenuItem("menu.content.media", "/admin/media", 44, holding(StaffRole.EDITOR).or(holding(StaffRole.SITE_MANAGER)));
	}

	/** 报送采用, for the editors of a portal and of the department sites that offer to it. */
	@Bean
	ConsoleMenuItem offersMenuItem(SiteDirectory sites) {
		return new ConsoleMenuItem("menu.content.offers", "/admin/offers", 42, user -> editedSites(user).stream()
			.map(sites::find)
			.flatMap(java.util.Optional::stream)
			.anyMatch(site -> site.kind() == SiteKind.PORTAL || site.parentId() != null));
	}

	/** 内容设置 (一键排版, review levels), for site managers and the system administrator. */
	@Bean
	ConsoleMenuItem contentSettingsMenuItem() {
		Predicate<Authentication> managers = holding(StaffRole.SITE_MANAGER);
		return new ConsoleMenuItem("menu.content.settings", "/admin/content-settings", 43,
				managers.or(user -> user.getAuthorities().stream()
					.anyMatch(granted -> StaffRole.SYSTEM_ADMIN.authority().equals(granted.getAuthority()))));
	}

	private static java.util.Set<Long> editedSites(Authentication user) {
		java.util.Set<Long> sites = new java.util.TreeSet<>();
		user.getAuthorities().forEach(granted -> {
			String[] parts = String.valueOf(granted.getAuthority()).split(":");
			if (parts.length >= 3 && parts[0].equals("site") && parts[2].equals(StaffRole.EDITOR.name())) {
				sites.add(Long.parseLong(parts[1]));
			}
		});
		return sites;
	}

	/** Whoever holds the role over some site or channel. */
	static Predicate<Authentication> holding(StaffRole role) {
		return user -> user.getAuthorities().stream().map(granted -> String.valueOf(granted.getAuthority()))
			.anyMatch(authority -> authority.startsWith("site:") && authority.split(":").length >= 3
					&& authority.split(":")[2].equals(role.name()));
	}
}
