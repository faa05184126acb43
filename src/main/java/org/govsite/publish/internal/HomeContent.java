package org.govsite.publish.internal;

import java.util.List;
import java.util.Map;

import org.govsite.channel.ChannelView;
import org.govsite.content.ChannelEntry;
import org.govsite.publish.HomeBlockKind;
import org.govsite.publish.internal.Views.Link;
import org.jspecify.annotations.Nullable;

/**
 * What a home page shows, block by block in the chosen order, with the entries read: for each
 * block its channels with their newest entries, the links it shows beyond its channels (the group's
 * sites for 站群导航, the mailboxes for 互动交流), and the special topics for 专题.
 */
record HomeContent(List<Part> parts) {

	/** One block: its kind, its channels (in order) with their entries, its other links, its topics. */
	record Part(HomeBlockKind kind, Map<ChannelView, List<ChannelEntry>> channels, List<Link> links, List<Topic> topics) {

		Part(HomeBlockKind kind, Map<ChannelView, List<ChannelEntry>> channels, List<Link> links) {
			this(kind, channels, links, List.of());
		}
	}

	/**
	 * A special topic: its channel, and its landing page (the channel's 专题页面 document) whose
	 * cover is the topic's banner, if it has one.
	 */
	record Topic(ChannelView channel, @Nullable ChannelEntry landing) {
	}
}
