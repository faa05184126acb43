package org.govsite.interaction;

import java.util.List;

/**
 * The counted responses of a survey (confirmed ones only): per question how many answered it, per
 * option how many chose it, and the free-text answers (for staff; never published).
 */
public record SurveyTally(long surveyId, int responses, List<QuestionTally> questions) {

	public record QuestionTally(SurveyQuestion question, int answered, List<Long> optionCounts, List<String> texts) {
	}
}
