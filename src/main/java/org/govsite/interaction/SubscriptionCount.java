package org.govsite.interaction;

/**
 * A site's subscribers for the console.
 *
 * @param siteId the site
 * @param siteName its name
 * @param confirmed subscriptions confirmed by their link
 * @param pending requests waiting for their link to be followed
 */
public record SubscriptionCount(long siteId, String siteName, int confirmed, int pending) {
}
