package org.govsite.channel;

import java.time.Instant;
import java.util.Set;

/**
 * Something went live in these channels at that moment. Published by the module that publishes
 * content (it knows the channel module, not the other way round); the channel module records each
 * channel's last publication to watch its update rule.
 */
public record ChannelsPublished(Set<Long> channelIds, Instant publishedAt) {
}
