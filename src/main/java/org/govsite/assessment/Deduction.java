package org.govsite.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * Points a detailed point took from its group.
 *
 * @param quantity how much of its measure there was
 * @param points what it deducted (before the group's floor of 0)
 * @param evidence the rectification tasks behind it
 */
public record Deduction(String pointCode, String label, String groupCode, BigDecimal quantity, BigDecimal points,
		List<Long> evidence) {

	public Deduction {
		evidence = List.copyOf(evidence);
	}
}
