package org.govsite.site;

import org.jspecify.annotations.Nullable;

/**
 * What a lifecycle step may need; each step reads the fields it needs and the rules say which are
 * required.
 *
 * @param reason why (rejections, offline requests, shutdowns, closing, leaving supervision)
 * @param plannedDays how long a temporary offline lasts
 * @param targetSiteId where a closing site's content goes
 * @param documentNumber the number of the document approving leaving supervision
 * @param documentTitle its title
 */
public record StepInput(@Nullable String reason, @Nullable Integer plannedDays, @Nullable Long targetSiteId,
		@Nullable String documentNumber, @Nullable String documentTitle) {

	public static StepInput none() {
		return new StepInput(null, null, null, null, null);
	}

	public static StepInput reason(String reason) {
		return new StepInput(reason, null, null, null, null);
	}
}
