package org.govsite.site.web;

import jakarta.validation.constraints.Size;

import org.govsite.site.StepInput;
import org.jspecify.annotations.Nullable;

/**
 * What a lifecycle step's small form or API body carries; each step reads the fields it needs.
 *
 * @param reason why, or the written report of a shutdown
 * @param plannedDays the days of a temporary offline
 * @param targetSiteId where a closing site's content goes
 * @param documentNumber the number of the document approving leaving supervision
 * @param documentTitle its title
 */
record StepForm(@Size(max = 1000) @Nullable String reason, @Nullable Integer plannedDays, @Nullable Long targetSiteId,
		@Size(max = 100) @Nullable String documentNumber, @Size(max = 200) @Nullable String documentTitle) {

	StepInput toInput() {
		return new StepInput(reason, plannedDays, targetSiteId, documentNumber, documentTitle);
	}
}
