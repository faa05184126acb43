package org.govsite.assessment;

import java.math.BigDecimal;

/**
 * A bonus point of the checklist (加分项, portals only): per unit of its measure it adds
 * {@code perUnit} points, at most {@code maxPoints}.
 *
 * @param measure what it counts: an award the supervising office recorded ({@code award:<code>}),
 * or a figure a module supplies ({@link SiteMeasures})
 */
public record BonusPoint(String code, String label, String measure, BigDecimal perUnit, BigDecimal maxPoints) {
}
