package org.govsite.interaction;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A citizen's answers against the questions, without Spring. */
class BallotTests {

	static final SurveyQuestion SINGLE = new SurveyQuestion(1, 1, QuestionKind.SINGLE, "满意吗？", true,
			List.of(new SurveyQuestion.Option(11, "满意"), new SurveyQuestion.Option(12, "不满意")));

	static final SurveyQuestion MULTIPLE = new SurveyQuestion(2, 2, QuestionKind.MULTIPLE, "常坐哪些线路？", false,
			List.of(new SurveyQuestion.Option(21, "1路"), new SurveyQuestion.Option(22, "2路")));

	static final SurveyQuestion TEXT = new SurveyQuestion(3, 3, QuestionKind.TEXT, "建议", true, List.of());

	static final List<SurveyQuestion> QUESTIONS = List.of(SINGLE, MULTIPLE, TEXT);

	@Test
	void answersBecomeOptionsAndTexts() {
		List<Ballot.Answer> answers = Ballot.check(QUESTIONS, Map.of(1L, List.of("12"), 2L, List.of("21", "22", "21"), 3L,
				List.of("  多开夜班车  ")));
		assertThat(answers).containsExactly(new Ballot.Answer(1, 12L, null), new Ballot.Answer(2, 21L, null),
				new Ballot.Answer(2, 22L, null), new Ballot.Answer(3, null, "多开夜班车"));
	}

	@Test
	void anOptionalQuestionMayBeLeftOut() {
		assertThat(Ballot.check(QUESTIONS, Map.of(1L, List.of("11"), 3L, List.of("无")))).hasSize(2);
	}

	@Test
	void aRequiredQuestionLeftBlankIsRefusedWithItsNumber() {
		assertThatThrownBy(() -> Ballot.check(QUESTIONS, Map.of(1L, List.of("11"), 3L, List.of(" "))))
			.isInstanceOfSatisfying(ParticipationRefused.class, refused -> {
				assertThat(refused.code()).isEqualTo("participation.survey.required");
				assertThat(refused.arguments()).containsExactly(3);
				assertThat(refused.status()).isEqualTo(400);
			});
	}

	@Test
	void aSingleChoiceTakesOneOptionOfItsOwn() {
		assertThatThrownBy(() -> Ballot.check(QUESTIONS, Map.of(1L, List.of("11", "12"), 3L, List.of("无"))))
			.hasMessageContaining("participation.survey.single");
		assertThatThrownBy(() -> Ballot.check(QUESTIONS, Map.of(1L, List.of("21"), 3L, List.of("无"))))
			.hasMessageContaining("participation.survey.option");
	}

	@Test
	void aFreeTextHasItsLimit() {
		assertThatThrownBy(() -> Ballot.check(QUESTIONS, Map.of(1L, List.of("11"), 3L, List.of("字".repeat(Ballot.MAX_TEXT + 1)))))
			.hasMessageContaining("participation.survey.tooLong");
	}
}
