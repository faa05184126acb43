package org.govsite.interaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A citizen's answers checked against the survey's questions: each required question answered,
 * one option for a single choice, only the question's own options, free text within its length.
 * The first problem is refused with the question's number; nothing is stored of a refused ballot.
 */
public final class Ballot {

	static final int MAX_TEXT = 2000;

	private Ballot() {
	}

	/** One stored answer: an option chosen, or a text. */
	public record Answer(long questionId, @Nullable Long optionId, @Nullable String text) {
	}

	/** The answers, from the values given per question id (option ids as text, or the free text). */
	public static List<Answer> check(List<SurveyQuestion> questions, Map<Long, List<String>> given) {
		List<Answer> answers = new ArrayList<>();
		for (SurveyQuestion question : questions) {
			List<String> values = given.getOrDefault(question.id(), List.of()).stream()
				.filter(value -> value != null && !value.isBlank()).map(String::strip).distinct().toList();
			if (values.isEmpty()) {
				if (question.required()) {
					throw new ParticipationRefused(400, "participation.survey.required", question.position());
				}
				continue;
			}
			if (question.kind() == QuestionKind.TEXT) {
				String text = String.join("\n", values);
				if (text.codePointCount(0, text.length()) > MAX_TEXT) {
					throw new ParticipationRefused(400, "participation.survey.tooLong", question.position(), Integer.toString(MAX_TEXT));
				}
				answers.add(new Answer(question.id(), null, text));
				continue;
			}
			if (question.kind() == QuestionKind.SINGLE && values.size() > 1) {
				throw new ParticipationRefused(400, "participation.survey.single", question.position());
			}
			for (String value : values) {
				answers.add(new Answer(question.id(), option(question, value), null));
			}
		}
		return answers;
	}

	private static long option(SurveyQuestion question, String value) {
		return question.options().stream().filter(option -> Long.toString(option.id()).equals(value)).findFirst()
			.map(SurveyQuestion.Option::id)
			.orElseThrow(() -> new ParticipationRefused(400, "participation.survey.option", question.position()));
	}
}
