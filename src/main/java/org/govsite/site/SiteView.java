package org.govsite.site;

import org.jspecify.annotations.Nullable;

/**
 * A site with everything the console and the API show of it.
 *
 * @param id the site's id
 * @param registration its 标识码, domains, filings and place in the group
 * @param profile who runs it
 * @param lifecycle where it stands
 * @param parentName the name of its portal, if any
 */
public record SiteView(long id, SiteRegistration registration, SiteProfile profile, LifecycleView lifecycle,
		@Nullable String parentName) {
}
