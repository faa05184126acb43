package org.govsite.channel.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.govsite.channel.ChannelDirectory;
import org.govsite.channel.ChannelView;
import org.govsite.identity.GrantScopes;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;

import org.springframework.stereotype.Component;

/**
 * Names the sites and channels roles can be granted over, for the account pages: identity knows
 * only their ids.
 */
@Component
class ChannelGrantScopes implements GrantScopes {

	private final SiteDirectory sites;

	private final ChannelDirectory channels;

	ChannelGrantScopes(SiteDirectory sites, ChannelDirectory channels) {
		this.sites = sites;
		this.channels = channels;
	}

	@Override
	public Map<Long, String> sites() {
		Map<Long, String> names = new LinkedHashMap<>();
		for (SiteSummary site : sites.all()) {
			names.put(site.id(), site.name());
		}
		return names;
	}

	@Override
	public Map<Long, String> channels(long siteId) {
		Map<Long, String> names = new LinkedHashMap<>();
		for (ChannelView channel : channels.ofSite(siteId)) {
			names.put(channel.id(), "　".repeat(channel.level() - 1) + channel.name());
		}
		return names;
	}
}
