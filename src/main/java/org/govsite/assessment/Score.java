package org.govsite.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A site's score.
 *
 * @param total out of 100 (a body without services: its points out of 75, × 4/3); null when a
 * veto decided, as nothing else is scored then
 * @param vetoes the vetoes met, with the tasks behind each
 * @param deductions every point that deducted, in the checklist's order
 * @param groups each scored group's points after its deductions
 */
public record Score(Verdict verdict, @Nullable BigDecimal total, Map<Veto, List<Long>> vetoes, List<Deduction> deductions,
		Map<String, BigDecimal> groups) {

	/** Below it a site is 不合格. */
	public static final BigDecimal PASS_MARK = BigDecimal.valueOf(60);

	public Score {
		// in the checklist's order, as shown
		vetoes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(vetoes));
		deductions = List.copyOf(deductions);
		groups = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(groups));
	}
}
