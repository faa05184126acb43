package org.govsite.assessment;

import java.math.BigDecimal;

/**
 * A detailed point of the checklist: per unit of its measure it deducts {@code perUnit} points
 * from its group.
 *
 * @param measure what it counts: a kind of open problem ({@code broken-link}) or a figure of the
 * inspection ({@code home-failed-percent})
 */
public record ChecklistPoint(String code, String groupCode, String label, String measure, BigDecimal perUnit) {
}
