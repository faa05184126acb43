package org.govsite.assessment;

import java.math.BigDecimal;

/** Points a bonus point added (before the bonus's cap of {@link Score#BONUS_MAX}). */
public record Bonus(String pointCode, String label, BigDecimal quantity, BigDecimal points) {
}
