package org.govsite.monitor.internal;

import java.util.Map;

import org.govsite.channel.ChannelWatch;
import org.govsite.identity.StaffDirectory;
import org.govsite.identity.StaffRole;
import org.govsite.platform.RunAs;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Who owns a task: the responsible person (栏目责任人) of the channel it is about, when one is
 * assigned; else a manager of the site, who stands for its sponsor.
 */
@Component
public class Owners {

	static final String ACTOR = "system.monitor";

	private final ChannelWatch channels;

	private final StaffDirectory staff;

	Owners(ChannelWatch channels, StaffDirectory staff) {
		this.channels = channels;
		this.staff = staff;
	}

	/** The responsible account of each channel of the site that has one. */
	public Map<Long, String> responsibleAccounts(long siteId) {
		return RunAs.actor(ACTOR, () -> channels.responsibleAccounts(siteId), StaffRole.SYSTEM_ADMIN.authority(),
				StaffRole.STAFF_AUTHORITY);
	}

	public @Nullable String ownerOf(long siteId, @Nullable Long channelId, Map<Long, String> responsible) {
		if (channelId != null && responsible.containsKey(channelId)) {
			return responsible.get(channelId);
		}
		return managersOf(siteId).stream().sorted().findFirst().orElse(null);
	}

	public java.util.List<String> managersOf(long siteId) {
		return staff.holdersOf(StaffRole.SITE_MANAGER.forSite(siteId));
	}
}
