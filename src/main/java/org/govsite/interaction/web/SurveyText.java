package org.govsite.interaction.web;

import java.util.ArrayList;
import java.util.List;

import org.govsite.interaction.NewSurvey;
import org.govsite.interaction.ParticipationRefused;
import org.govsite.interaction.QuestionKind;

/**
 * The console writes a questionnaire as plain text, one question a paragraph: the first line is
 * the kind (单选, 多选 or 填空), a {@code *} if the question is required, and the question; each
 * option follows on a line of its own starting with {@code -}.
 * <pre>
 * 单选* 您对本县公交服务满意吗？
 * - 满意
 * - 不满意
 *
 * 填空 您还有什么建议？
 * </pre>
 */
final class SurveyText {

	private SurveyText() {
	}

	static List<NewSurvey.Question> parse(String text) {
		List<NewSurvey.Question> questions = new ArrayList<>();
		QuestionKind kind = null;
		String question = null;
		boolean required = false;
		List<String> options = new ArrayList<>();
		for (String raw : text.replace("\r", "").split("\n")) {
			String line = raw.strip();
			if (line.isEmpty()) {
				continue;
			}
			if (line.startsWith("-") || line.startsWith("－")) {
				if (question == null) {
					throw new ParticipationRefused(400, "participation.survey.text", line);
				}
				options.add(line.substring(1).strip());
				continue;
			}
			if (question != null) {
				questions.add(new NewSurvey.Question(kind, question, required, List.copyOf(options)));
				options.clear();
			}
			String head = line.length() >= 2 ? line.substring(0, 2) : line;
			kind = switch (head) {
				case "单选" -> QuestionKind.SINGLE;
				case "多选" -> QuestionKind.MULTIPLE;
				case "填空" -> QuestionKind.TEXT;
				default -> throw new ParticipationRefused(400, "participation.survey.text", line);
			};
			String rest = line.substring(2);
			required = rest.startsWith("*") || rest.startsWith("＊");
			question = (required ? rest.substring(1) : rest).strip();
		}
		if (question != null) {
			questions.add(new NewSurvey.Question(kind, question, required, List.copyOf(options)));
		}
		return questions;
	}
}
