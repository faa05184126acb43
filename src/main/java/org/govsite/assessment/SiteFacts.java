package org.govsite.assessment;

import java.util.Map;

/**
 * What scoring a site needs to know of it.
 *
 * @param portal whether it is a portal (only portals earn bonus points)
 * @param hasServices whether the body offers external services (else it is scored without the
 * services group, × 4/3)
 * @param measures its figures by measure name
 */
public record SiteFacts(boolean portal, boolean hasServices, Map<String, Measure> measures) {

	/** The open-problem measures' names are the monitor's kind codes; this one is the week's failed probes in per cent. */
	public static final String HOME_FAILED_PERCENT = "home-failed-percent";

	public SiteFacts {
		measures = Map.copyOf(measures);
	}

	public Measure measure(String name) {
		return measures.getOrDefault(name, Measure.NONE);
	}
}
