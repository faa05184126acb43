package org.govsite.content;

import org.jspecify.annotations.Nullable;

/**
 * Where the publishing application form is required: a whole site, or one channel of it.
 *
 * @param channelId the channel, or null for every channel of the site
 * @param approver the unit head who signs (a username), or null for a manager of the site
 */
public record ApplicationRuleView(long id, long siteId, @Nullable Long channelId, @Nullable String channelName,
		@Nullable String approver) {
}
