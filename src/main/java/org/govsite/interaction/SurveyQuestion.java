package org.govsite.interaction;

import java.util.List;

/** A question of a survey with its options (none for free text), numbered from 1. */
public record SurveyQuestion(long id, int position, QuestionKind kind, String text, boolean required,
		List<Option> options) {

	public record Option(long id, String text) {
	}
}
