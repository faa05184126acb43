package org.govsite.assessment;

import java.util.Map;

/**
 * Figures of a site that a module knows and scoring reads by name (a bonus point's measure, a
 * deduction's): a plug-in, as the inspection's checks are, so that assessment depends on no module
 * that supplies one.
 */
public interface SiteMeasures {

	/** The site's figures by measure name; absent ones count 0. */
	Map<String, Measure> measuresOf(long siteId);
}
