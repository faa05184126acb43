package org.govsite.interaction;

import java.time.LocalDate;
import java.util.List;

/** A survey as staff write it. */
public record NewSurvey(String title, String description, LocalDate opensOn, LocalDate closesOn,
		List<Question> questions) {

	/** A question; options only for the choice kinds. */
	public record Question(QuestionKind kind, String text, boolean required, List<String> options) {
	}
}
