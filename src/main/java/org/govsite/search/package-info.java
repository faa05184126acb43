/**
 * Site search across the site group: one index of everything published (documents now; letters,
 * service guides and disclosure entries later), fed only through {@link org.govsite.search.SearchIndex},
 * the Chinese query API of the public role, the search page and the console's 站内搜索 page.
 */
@NullMarked
@ApplicationModule(displayName = "search",
		allowedDependencies = { "platform", "content", "content :: catalogue", "content :: events", "site", "channel", "publish",
				"interaction",
				"identity", "audit", "jobs" })
package org.govsite.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
