package org.govsite.site.web;

import org.govsite.identity.StaffRole;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Which links and buttons a page shows its user. Only for display: the service checks every
 * action again.
 */
final class ConsoleRights {

	private ConsoleRights() {
	}

	static boolean isSystemAdmin(Authentication user) {
		return holds(user, StaffRole.SYSTEM_ADMIN.authority());
	}

	/** The system administrator, or the site's manager. */
	static boolean managesSite(Authentication user, long siteId) {
		return isSystemAdmin(user) || holds(user, StaffRole.SITE_MANAGER.forSite(siteId));
	}

	private static boolean holds(Authentication user, String authority) {
		return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(authority::equals);
	}
}
