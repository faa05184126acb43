package org.govsite.calendar;

import java.util.List;

import org.govsite.platform.RuleViolation;

/**
 * An arrangement refused because some of its days break the rules: each problem names the day
 * and why. The violation's own code and arguments are those of the first problem, so that a
 * caller that shows one message shows a useful one.
 */
public class InvalidArrangement extends RuleViolation {

	private final List<ArrangementProblem> problems;

	public InvalidArrangement(List<ArrangementProblem> problems) {
		super(problems.getFirst().code(), problems.getFirst().arguments().toArray());
		this.problems = List.copyOf(problems);
	}

	public List<ArrangementProblem> problems() {
		return problems;
	}
}
