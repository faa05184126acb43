package org.govsite.publish;

import org.jspecify.annotations.Nullable;

/**
 * A site the signed-in user may publish in full or change the templates of, with what the console shows of it.
 *
 * @param id the site's id
 * @param name its name
 * @param siteCode its 标识码, the name of its folder
 * @param busy whether a job of it waits or runs
 * @param manages whether the user manages it: publishes it in full and arranges its home page
 * @param templates whether the user may change its templates
 */
public record PublishableSite(long id, String name, @Nullable String siteCode, boolean busy, boolean manages,
		boolean templates) {
}
