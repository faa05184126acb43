package org.govsite.publish.internal;

import java.util.List;
import java.util.Map;

import org.govsite.channel.ChannelView;
import org.govsite.content.ChannelEntry;
import org.govsite.publish.HomeBlockKind;
import org.govsite.publish.internal.Views.Link;

/**
 * What a home page shows, block by block in the chosen order, with the entries read: for each
 * block its channels with their newest entries, or the sites of the group.
 */
record HomeContent(List<Part> parts) {

	/** One block: its kind, its channels (in order) with their entries, the group's sites for 站群导航. */
	record Part(HomeBlockKind kind, Map<ChannelView, List<ChannelEntry>> channels, List<Link> sites) {
	}
}
