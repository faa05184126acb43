package org.govsite.site;

import java.util.List;

/**
 * The site group's rules that the console names beside its forms ({@code govsite.site.*}): who
 * approves an application at each level, and how long a temporary offline may last.
 */
public interface SiteGroupRules {

	/** The levels an application passes, in order. */
	List<ApprovalLevel> approvalLevels();

	/** The longest a temporary offline may last, in days. */
	int maxOfflineDays();
}
