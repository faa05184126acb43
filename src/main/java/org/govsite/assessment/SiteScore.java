package org.govsite.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A site's stored score of a day.
 *
 * @param score null when a veto decided
 * @param vetoes the vetoes met
 */
public record SiteScore(long siteId, LocalDate day, Verdict verdict, @Nullable BigDecimal score, List<Veto> vetoes,
		boolean hasServices) {

	public SiteScore {
		vetoes = List.copyOf(vetoes);
	}
}
