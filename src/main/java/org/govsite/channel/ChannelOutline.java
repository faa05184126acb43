package org.govsite.channel;

import java.util.List;

/**
 * A channel to create together with the channels under it, for setting up a site's tree in one
 * call.
 *
 * @param details the channel
 * @param children the channels to create under it, in order
 */
public record ChannelOutline(ChannelDetails details, List<ChannelOutline> children) {

	public static ChannelOutline of(ChannelDetails details, ChannelOutline... children) {
		return new ChannelOutline(details, List.of(children));
	}
}
