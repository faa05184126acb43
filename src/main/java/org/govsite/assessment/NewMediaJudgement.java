package org.govsite.assessment;

import java.util.List;

/**
 * A 政务新媒体 account judged by the rules: any rule broken makes it 不合格.
 *
 * @param broken the rules it broke, in the rules' order
 */
public record NewMediaJudgement(NewMediaFacts facts, Verdict verdict, List<NewMediaRule> broken) {

	public NewMediaJudgement {
		broken = List.copyOf(broken);
	}

	/** Judges the facts by the rules. */
	public static NewMediaJudgement of(NewMediaFacts facts, List<NewMediaRule> rules) {
		var measures = facts.measures();
		List<NewMediaRule> broken = rules.stream()
			.filter(rule -> measures.getOrDefault(rule.measure(), 0L) > rule.limit())
			.toList();
		return new NewMediaJudgement(facts, broken.isEmpty() ? Verdict.PASS : Verdict.FAIL, broken);
	}
}
