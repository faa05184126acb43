package org.govsite.interaction;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A subscription as its pages show it, to the subscriber (address masked) or to staff.
 *
 * @param id the subscription
 * @param siteId its site
 * @param siteName the site's name
 * @param maskedEmail the address as 1***@example.cn
 * @param channels the names of the channels, empty for the whole site
 * @param keywords the keywords, empty for everything
 * @param frequency at once or daily
 * @param confirmedAt when the link was followed, null before
 */
public record SubscriptionView(long id, long siteId, String siteName, String maskedEmail, List<String> channels,
		List<String> keywords, SubscriptionFrequency frequency, @Nullable Instant confirmedAt) {
}
