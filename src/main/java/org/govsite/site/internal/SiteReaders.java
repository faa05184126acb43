package org.govsite.site.internal;

import java.util.Arrays;

import org.govsite.identity.StaffAccess;
import org.govsite.identity.StaffRole;
import org.govsite.site.SiteReadAccess;

import org.springframework.stereotype.Component;

/**
 * Who may read a site's registration, lifecycle history, change records, notices, reporting tasks
 * and 政务新媒体 accounts: the three administrators (platform-wide roles) every site's; everyone
 * else only the sites they hold a role over (site-wide or for some of its channels). The directory
 * of sites (name, kind, 标识码, domain, state: what every published page shows anyway) stays open to
 * all staff. Used as {@code @PreAuthorize("@siteReaders.mayRead(#siteId)")}; README, "Who may read
 * what".
 */
@Component("siteReaders")
public class SiteReaders implements SiteReadAccess {

	private static final StaffRole[] SITE_ROLES = Arrays.stream(StaffRole.values())
		.filter(role -> !role.isAdministrator())
		.toArray(StaffRole[]::new);

	private final StaffAccess access;

	SiteReaders(StaffAccess access) {
		this.access = access;
	}

	@Override
	public boolean mayRead(long siteId) {
		return access.isSystemAdmin() || access.isSecurityAdmin() || access.isAuditAdmin()
				|| access.sitesWith(SITE_ROLES).contains(siteId);
	}
}
