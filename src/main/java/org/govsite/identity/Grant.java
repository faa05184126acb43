package org.govsite.identity;

import org.jspecify.annotations.Nullable;

/**
 * A role held by a staff account: over the platform (the three administrators), over a site, or
 * over one channel of a site.
 */
public record Grant(StaffRole role, @Nullable Long siteId, @Nullable Long channelId) {

	public Grant {
		if (role.isAdministrator() && (siteId != null || channelId != null)) {
			throw new IllegalArgumentException(role + " is platform-wide and takes no site or channel");
		}
		if (!role.isAdministrator() && siteId == null) {
			throw new IllegalArgumentException(role + " is granted over a site");
		}
	}

	public static Grant platform(StaffRole role) {
		return new Grant(role, null, null);
	}

	public static Grant site(StaffRole role, long siteId) {
		return new Grant(role, siteId, null);
	}

	public static Grant channel(StaffRole role, long siteId, long channelId) {
		return new Grant(role, siteId, channelId);
	}

	/** The Spring Security authority this grant confers. */
	public String authority() {
		if (role.isAdministrator()) {
			return role.authority();
		}
		return channelId == null ? role.forSite(siteId) : role.forChannel(siteId, channelId);
	}
}
