package org.govsite.servicecatalog;

import java.util.List;
import java.util.Map;

import org.govsite.site.SiteSummary;

/**
 * A site's public entry to its services (the portal's covers the whole group), narrowed by target
 * and theme, the items grouped by theme.
 *
 * @param themes the themes of the chosen target, for the filter
 */
public record ServiceEntry(SiteSummary site, ServiceTarget target, List<String> themes, String theme,
		Map<String, List<ServiceItemView>> byTheme) {
}
