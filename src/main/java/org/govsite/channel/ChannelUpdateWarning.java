package org.govsite.channel;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The daily check found a channel about to break its update rule, or past it: its responsible
 * person is to be told (and, once overdue or empty, the site's manager). Published once per
 * channel, state and due day, for the module that keeps the staff's inbox.
 *
 * @param responsibleAccount the username of the 栏目责任人, if one is assigned
 */
public record ChannelUpdateWarning(long channelId, long siteId, String channelName, ChannelFreshness.State state,
		@Nullable LocalDate due, @Nullable String responsibleAccount) {
}
