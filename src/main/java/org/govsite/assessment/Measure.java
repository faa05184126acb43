package org.govsite.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * A figure of a site's inspection and what shows it.
 *
 * @param quantity how many problems of a kind are open, or a share in per cent
 * @param evidence the rectification tasks behind it
 */
public record Measure(BigDecimal quantity, List<Long> evidence) {

	public static final Measure NONE = new Measure(BigDecimal.ZERO, List.of());

	public Measure {
		evidence = List.copyOf(evidence);
	}

	public static Measure count(List<Long> tasks) {
		return new Measure(BigDecimal.valueOf(tasks.size()), tasks);
	}

	public boolean atLeast(long value) {
		return quantity.compareTo(BigDecimal.valueOf(value)) >= 0;
	}
}
