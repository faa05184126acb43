package org.govsite.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a site by the checklist (SPEC.md §9): vetoes first (any one: 不合格, nothing else
 * scored); else each group's points less its deductions, never below 0; a body without external
 * services is scored without the services group and its points scaled up to 100 (75 × 4/3 with the
 * default groups); below 60 it is 不合格. A portal above 80 then adds its bonus points (each at
 * most its own maximum, together at most 30): the total is the deductions part plus the bonus.
 */
public final class Scorecard {

	private final Checklist checklist;

	public Scorecard(Checklist checklist) {
		this.checklist = checklist;
	}

	public Score score(SiteFacts facts) {
		Map<Veto, List<Long>> vetoes = new LinkedHashMap<>();
		for (Veto veto : Veto.values()) {
			if (veto.appliesTo(facts)) {
				java.util.Set<Long> evidence = new java.util.LinkedHashSet<>();
				veto.measures().forEach(measure -> evidence.addAll(facts.measure(measure).evidence()));
				vetoes.put(veto, List.copyOf(evidence));
			}
		}
		if (!vetoes.isEmpty()) {
			return new Score(Verdict.FAIL, null, vetoes, List.of(), Map.of());
		}
		List<Deduction> deductions = new ArrayList<>();
		Map<String, BigDecimal> groups = new LinkedHashMap<>();
		BigDecimal full = BigDecimal.ZERO;
		BigDecimal scoredMax = BigDecimal.ZERO;
		BigDecimal sum = BigDecimal.ZERO;
		for (ChecklistGroup group : checklist.groups()) {
			full = full.add(group.maxPoints());
			if (group.services() && !facts.hasServices()) {
				continue;
			}
			scoredMax = scoredMax.add(group.maxPoints());
			BigDecimal points = group.maxPoints();
			for (ChecklistPoint point : checklist.points()) {
				if (!point.groupCode().equals(group.code())) {
					continue;
				}
				Measure measure = facts.measure(point.measure());
				BigDecimal deducted = measure.quantity().multiply(point.perUnit());
				if (deducted.signum() > 0) {
					deductions.add(new Deduction(point.code(), point.label(), group.code(), measure.quantity(),
							deducted.setScale(2, RoundingMode.HALF_UP), measure.evidence()));
					points = points.subtract(deducted);
				}
			}
			points = points.max(BigDecimal.ZERO);
			groups.put(group.code(), points.setScale(2, RoundingMode.HALF_UP));
			sum = sum.add(points);
		}
		BigDecimal total = scoredMax.compareTo(full) == 0 || scoredMax.signum() == 0 ? sum
				: sum.multiply(full).divide(scoredMax, 10, RoundingMode.HALF_UP);
		total = total.setScale(2, RoundingMode.HALF_UP);
		Verdict verdict = total.compareTo(Score.PASS_MARK) < 0 ? Verdict.FAIL : Verdict.PASS;
		List<Bonus> bonuses = facts.portal() && total.compareTo(Score.BONUS_FROM) > 0 ? bonuses(facts) : List.of();
		Score score = new Score(verdict, total, Map.of(), deductions, groups, bonuses);
		return bonuses.isEmpty() ? score
				: new Score(verdict, total.add(score.bonus()).setScale(2, RoundingMode.HALF_UP), Map.of(), deductions, groups, bonuses);
	}

	/** Each bonus point's points, at most its own maximum. */
	private List<Bonus> bonuses(SiteFacts facts) {
		List<Bonus> earned = new ArrayList<>();
		for (BonusPoint point : checklist.bonuses()) {
			BigDecimal quantity = facts.measure(point.measure()).quantity();
			BigDecimal points = quantity.multiply(point.perUnit()).min(point.maxPoints());
			if (points.signum() > 0) {
				earned.add(new Bonus(point.code(), point.label(), quantity, points.setScale(2, RoundingMode.HALF_UP)));
			}
		}
		return earned;
	}
}
