package org.govsite.calendar.web;

import org.govsite.calendar.ArrangementProblem;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Turns a problem of an entered arrangement into a message the bundles resolve. */
final class ProblemMessages {

	private ProblemMessages() {
	}

	static MessageSourceResolvable reason(ArrangementProblem problem) {
		return new DefaultMessageSourceResolvable(new String[] { problem.code() }, problem.arguments().toArray(),
				problem.code());
	}
}
