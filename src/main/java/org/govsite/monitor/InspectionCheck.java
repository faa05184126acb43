package org.govsite.monitor;

import java.util.List;

import org.govsite.site.SiteSummary;

/**
 * A check of the daily inspection, declared as a bean by any module: it looks at one site and
 * answers every problem it finds now. The open tasks it found earlier and no longer finds are taken
 * as re-checked and fixed, so a check answers all of its problems of the site each time.
 */
public interface InspectionCheck {

	/** Unique over the platform, {@code <module>.<what>}. */
	String name();

	/** Every problem of its kinds on the site now. */
	List<Problem> inspect(SiteSummary site);
}
