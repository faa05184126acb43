package org.govsite.publish;

import java.util.List;

/**
 * A block of a site's home page: its kind and the channels it draws from (each with the channels
 * below it), in order.
 */
public record HomeBlock(HomeBlockKind kind, List<Long> channelIds) {

	public HomeBlock {
		channelIds = List.copyOf(channelIds);
	}

	public static HomeBlock of(HomeBlockKind kind, Long... channelIds) {
		return new HomeBlock(kind, List.of(channelIds));
	}
}
