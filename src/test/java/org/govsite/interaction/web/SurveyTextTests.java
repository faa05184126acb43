package org.govsite.interaction.web;

import java.util.List;

import org.govsite.interaction.NewSurvey;
import org.govsite.interaction.ParticipationRefused;
import org.govsite.interaction.QuestionKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The console's plain-text questionnaire. */
class SurveyTextTests {

	@Test
	void paragraphsBecomeQuestionsWithTheirOptions() {
		List<NewSurvey.Question> questions = SurveyText.parse("""
				单选* 您对公交服务满意吗？
				- 满意
				- 不满意

				多选 您常坐哪些线路？
				- 1路
				－ 2路
				填空 您的建议
				""");
		assertThat(questions).containsExactly(
				new NewSurvey.Question(QuestionKind.SINGLE, "您对公交服务满意吗？", true, List.of("满意", "不满意")),
				new NewSurvey.Question(QuestionKind.MULTIPLE, "您常坐哪些线路？", false, List.of("1路", "2路")),
				new NewSurvey.Question(QuestionKind.TEXT, "您的建议", false, List.of()));
	}

	@Test
	void aLineOfNoKindIsRefusedWithTheLine() {
		assertThatThrownBy(() -> SurveyText.parse("问答 这是什么？"))
			.isInstanceOfSatisfying(ParticipationRefused.class, refused -> assertThat(refused.arguments()).containsExactly("问答 这是什么？"));
		assertThatThrownBy(() -> SurveyText.parse("- 满意")).isInstanceOf(ParticipationRefused.class);
	}
}
