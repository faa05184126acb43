package org.govsite.publish;

import java.util.Arrays;

import org.govsite.identity.StaffAccess;
import org.govsite.identity.StaffRole;

/** The roles held on a site (not the platform's administrators): who sees a site's jobs and drafts. */
final class SiteRoles {

	static final StaffRole[] ALL = Arrays.stream(StaffRole.values())
		.filter(role -> !role.isAdministrator())
		.toArray(StaffRole[]::new);

	private SiteRoles() {
	}

	static boolean anyOn(StaffAccess access, long siteId) {
		return Arrays.stream(ALL).anyMatch(role -> access.hasSiteRole(siteId, role));
	}

}
