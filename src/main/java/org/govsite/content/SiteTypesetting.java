package org.govsite.content;

/**
 * The 一键排版 settings of each site, for the publisher's themes: read-only and without
 * permission checks, like {@link ContentCatalog}. A theme emits them as CSS custom properties
 * ({@link TypesettingSettings#cssCustomProperties()}) so that typeset bodies look the site's way.
 */
public interface SiteTypesetting {

	/** The site's settings, or {@link TypesettingSettings#DEFAULTS} when it sets none. */
	TypesettingSettings typesetting(long siteId);
}
