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
 * @param bonuses the bonus points a portal scoring above {@link #BONUS_FROM} earned; their sum,
 * at most {@link #BONUS_MAX}, is in the total
 */
public record Score(Verdict verdict, @Nullable BigDecimal total, Map<Veto, List<Long>> vetoes, List<Deduction> deductions,
		Map<String, BigDecimal> groups, List<Bonus> bonuses) {

	/** Below it a site is 不合格. */
	public static final BigDecimal PASS_MARK = BigDecimal.valueOf(60);

	/** Only a portal scoring above this by its deductions earns bonus points (SPEC.md §9). */
	public static final BigDecimal BONUS_FROM = BigDecimal.valueOf(80);

	/** The bonus's 30 points. */
	public static final BigDecimal BONUS_MAX = BigDecimal.valueOf(30);

	public Score(Verdict verdict, @Nullable BigDecimal total, Map<Veto, List<Long>> vetoes, List<Deduction> deductions,
			Map<String, BigDecimal> groups) {
		this(verdict, total, vetoes, deductions, groups, List.of());
	}

	public Score {
		// in the checklist's order, as shown
		vetoes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(vetoes));
		deductions = List.copyOf(deductions);
		groups = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(groups));
		bonuses = List.copyOf(bonuses);
	}

	/** The bonus in the total, capped. */
	public BigDecimal bonus() {
		BigDecimal sum = bonuses.stream().map(Bonus::points).reduce(BigDecimal.ZERO, BigDecimal::add);
		return sum.min(BONUS_MAX);
	}
}
