package org.govsite.servicecatalog;

import java.time.Instant;

/**
 * A stored service item with its guide.
 *
 * @param siteName the name of the site that offers it
 */
public record ServiceItemView(long id, long siteId, String siteName, ServiceGuide guide, Instant updatedAt) {

	public String name() {
		return guide.name();
	}
}
