package org.govsite.channel.internal;

import java.util.Arrays;

import org.govsite.identity.StaffAccess;
import org.govsite.identity.StaffRole;

import org.springframework.stereotype.Component;

/**
 * Who may see and change channels, for {@code @PreAuthorize}: the site managers of a channel's
 * site (and the system administrator) change it; anyone holding a role on the site reads it.
 * An unknown channel is let through, so that its caller answers "not found".
 */
@Component("channelAccess")
public class ChannelAccess {

	private final StaffAccess staff;

	private final ChannelRepository channels;

	ChannelAccess(StaffAccess staff, ChannelRepository channels) {
		this.staff = staff;
		this.channels = channels;
	}

	public boolean mayChangeSite(long siteId) {
		return staff.managesSite(siteId);
	}

	public boolean mayChange(long channelId) {
		return channels.findSiteIdById(channelId).map(this::mayChangeSite).orElse(true);
	}

	public boolean mayReadSite(long siteId) {
		return staff.isSystemAdmin() || Arrays.stream(StaffRole.values())
			.filter(role -> !role.isAdministrator())
			.anyMatch(role -> staff.hasSiteRole(siteId, role));
	}

	public boolean mayRead(long channelId) {
		return channels.findSiteIdById(channelId).map(this::mayReadSite).orElse(true);
	}
}
