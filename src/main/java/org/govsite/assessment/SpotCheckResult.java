package org.govsite.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A drawn site's result as published with its quarter's spot check.
 *
 * @param verdict null when the site had not been scored
 * @param score null when a veto decided or the site had not been scored
 */
public record SpotCheckResult(long siteId, String siteName, @Nullable Verdict verdict, @Nullable BigDecimal score,
		@Nullable LocalDate scoredOn) {
}
