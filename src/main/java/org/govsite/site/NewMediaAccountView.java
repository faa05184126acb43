package org.govsite.site;

/**
 * A 政务新媒体 account registered under a site, with its lifecycle.
 *
 * @param id the account's id
 * @param siteId the site it is registered under
 * @param data what is registered for it
 * @param lifecycle where it stands
 */
public record NewMediaAccountView(long id, long siteId, NewMediaAccountData data, LifecycleView lifecycle) {
}
