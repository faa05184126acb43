package org.govsite.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The supervising office's standing award of a bonus point to a site: how many units, and why. */
public record Award(long siteId, String bonusCode, BigDecimal units, String note, LocalDate awardedOn, String awardedBy) {
}
