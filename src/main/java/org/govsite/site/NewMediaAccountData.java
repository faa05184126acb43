package org.govsite.site;

import org.jspecify.annotations.Nullable;

/**
 * What is registered for a 政务新媒体 account. One account per owner unit per platform.
 *
 * @param platform where it is held
 * @param name the account's name
 * @param ownerUnit the unit that owns it
 * @param url its address, needed before it goes online
 */
public record NewMediaAccountData(NewMediaPlatform platform, String name, String ownerUnit, @Nullable String url) {
}
