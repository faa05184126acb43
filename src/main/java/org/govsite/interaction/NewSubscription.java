package org.govsite.interaction;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A request to subscribe, as the public form sends it.
 *
 * @param email the address the news go to, confirmed by the link sent to it
 * @param channelIds channels of the site, none for the whole site
 * @param keywords keywords as typed (spaces or commas between them), none for everything
 * @param frequency at once or a daily digest
 */
public record NewSubscription(@Nullable String email, Set<Long> channelIds, @Nullable String keywords,
		@Nullable SubscriptionFrequency frequency) {
}
