package org.govsite.channel;

import java.util.List;

/**
 * A channel with its children, in order: one node of a site's tree.
 *
 * @param channel the channel
 * @param children its children, in their order
 */
public record ChannelNode(ChannelView channel, List<ChannelNode> children) {
}
