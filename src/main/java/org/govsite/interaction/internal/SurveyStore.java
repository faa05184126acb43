package org.govsite.interaction.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govsite.interaction.Ballot;
import org.govsite.interaction.NewSurvey;
import org.govsite.interaction.QuestionKind;
import org.govsite.interaction.SurveyQuestion;
import org.govsite.interaction.SurveyTally;
import org.govsite.interaction.SurveyView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Surveys, their questions and options, and the responses with their answers. */
@Repository
public class SurveyStore {

	private final JdbcClient jdbc;

	SurveyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A pending response, not counted until confirmed. */
	public record Pending(long id, long surveyId, String personKey) {
	}

	public long insert(long siteId, NewSurvey survey, LocalDate resultDueOn, String actor, Instant now) {
		long id = jdbc.sql("""
				insert into interaction_survey (site_id, title, description, opens_on, closes_on, created_by, created_at, result_due_on)
				values (:site, :title, :description, :opens, :closes, :actor, :now, :due) returning id""")
			.param("site", siteId).param("title", survey.title()).param("description", survey.description())
			.param("opens", survey.opensOn()).param("closes", survey.closesOn()).param("actor", actor)
			.param("now", Timestamp.from(now)).param("due", resultDueOn).query(Long.class).single();
		int position = 1;
		for (NewSurvey.Question question : survey.questions()) {
			long questionId = jdbc.sql("""
					insert into interaction_survey_question (survey_id, position, kind, text, required)
					values (:survey, :position, :kind, :text, :required) returning id""")
				.param("survey", id).param("position", position++).param("kind", question.kind().name())
				.param("text", question.text()).param("required", question.required()).query(Long.class).single();
			int optionPosition = 1;
			for (String option : question.options()) {
				jdbc.sql("insert into interaction_survey_option (question_id, position, text) values (:q, :p, :t)")
					.param("q", questionId).param("p", optionPosition++).param("t", option).update();
			}
		}
		return id;
	}

	public Optional<SurveyView> find(long id) {
		return jdbc.sql("select * from interaction_survey where id = :id").param("id", id).query(this::survey).optional();
	}

	public List<SurveyView> ofSites(Collection<Long> siteIds) {
		if (siteIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from interaction_survey where site_id in (:sites) order by closes_on desc, id desc")
			.param("sites", siteIds).query(this::survey).list();
	}

	public List<SurveyView> awaitingResults(Collection<Long> siteIds, LocalDate today) {
		if (siteIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select * from interaction_survey
				where site_id in (:sites) and closes_on < :today and results_published_at is null order by result_due_on""")
			.param("sites", siteIds).param("today", today).query(this::survey).list();
	}

	public void publishResults(long id, Instant at) {
		jdbc.sql("update interaction_survey set results_published_at = :at where id = :id and results_published_at is null")
			.param("at", Timestamp.from(at)).param("id", id).update();
	}

	public boolean answered(long surveyId, String personKey) {
		return jdbc.sql("""
				select exists (select 1 from interaction_survey_response
				where survey_id = :s and person_key = :p and confirmed_at is not null)""")
			.param("s", surveyId).param("p", personKey).query(Boolean.class).single();
	}

	public long insertResponse(long surveyId, String personKey, String sealedEmail, String token, Instant now,
			List<Ballot.Answer> answers) {
		long id = jdbc.sql("""
				insert into interaction_survey_response (survey_id, person_key, email, confirm_token, submitted_at)
				values (:s, :p, :e, :t, :now) returning id""")
			.param("s", surveyId).param("p", personKey).param("e", sealedEmail).param("t", token)
			.param("now", Timestamp.from(now)).query(Long.class).single();
		answers(id, answers);
		return id;
	}

	private void answers(long responseId, List<Ballot.Answer> answers) {
		for (Ballot.Answer answer : answers) {
			jdbc.sql("insert into interaction_survey_answer (response_id, question_id, option_id, text) values (:r, :q, :o, :t)")
				.param("r", responseId).param("q", answer.questionId()).param("o", answer.optionId()).param("t", answer.text())
				.update();
		}
	}

	/** A signed-in citizen's response: counted at once, no address, no link. */
	public long insertCitizenResponse(long surveyId, String personKey, long citizenId, Instant now, List<Ballot.Answer> answers) {
		long id = jdbc.sql("""
				insert into interaction_survey_response (survey_id, person_key, citizen_id, submitted_at, confirmed_at)
				values (:s, :p, :c, :now, :now) returning id""")
			.param("s", surveyId).param("p", personKey).param("c", citizenId).param("now", Timestamp.from(now))
			.query(Long.class).single();
		answers(id, answers);
		return id;
	}

	/** The keyed digest (identity's) of an anonymous response's address, for a later claim by the account. */
	public void emailDigest(long responseId, String digest) {
		jdbc.sql("update interaction_survey_response set email_digest = :d where id = :id").param("d", digest)
			.param("id", responseId).update();
	}

	public Optional<Pending> pending(String token) {
		return jdbc.sql("""
				select id, survey_id, person_key from interaction_survey_response
				where confirm_token = :t and confirmed_at is null for update""")
			.param("t", token)
			.query((rs, row) -> new Pending(rs.getLong("id"), rs.getLong("survey_id"), rs.getString("person_key")))
			.optional();
	}

	/** Counts the response; the partial unique index refuses a second one of the same person. */
	public void confirm(long responseId, Instant at) {
		jdbc.sql("update interaction_survey_response set confirmed_at = :at, confirm_token = null where id = :id")
			.param("at", Timestamp.from(at)).param("id", responseId).update();
	}

	public SurveyTally tally(SurveyView survey) {
		int responses = jdbc.sql("select count(*) from interaction_survey_response where survey_id = :s and confirmed_at is not null")
			.param("s", survey.id()).query(Integer.class).single();
		Map<Long, Long> byOption = new HashMap<>();
		Map<Long, Integer> byQuestion = new HashMap<>();
		Map<Long, List<String>> texts = new HashMap<>();
		Map<Long, java.util.Set<Long>> respondents = new HashMap<>();
		jdbc.sql("""
				select a.question_id, a.option_id, a.text, a.response_id from interaction_survey_answer a
				join interaction_survey_response r on r.id = a.response_id
				where r.survey_id = :s and r.confirmed_at is not null order by r.confirmed_at, a.response_id""")
			.param("s", survey.id())
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
				long question = rs.getLong("question_id");
				long option = rs.getLong("option_id");
				if (!rs.wasNull()) {
					byOption.merge(option, 1L, Long::sum);
				}
				String text = rs.getString("text");
				if (text != null) {
					texts.computeIfAbsent(question, key -> new ArrayList<>()).add(text);
				}
				respondents.computeIfAbsent(question, key -> new java.util.HashSet<>()).add(rs.getLong("response_id"));
			});
		respondents.forEach((question, ids) -> byQuestion.put(question, ids.size()));
		List<SurveyTally.QuestionTally> questions = survey.questions().stream()
			.map(question -> new SurveyTally.QuestionTally(question, byQuestion.getOrDefault(question.id(), 0),
					question.options().stream().map(option -> byOption.getOrDefault(option.id(), 0L)).toList(),
					texts.getOrDefault(question.id(), List.of())))
			.toList();
		return new SurveyTally(survey.id(), responses, questions);
	}

	private SurveyView survey(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		Timestamp published = rs.getTimestamp("results_published_at");
		return new SurveyView(id, rs.getLong("site_id"), rs.getString("title"), rs.getString("description"),
				rs.getObject("opens_on", LocalDate.class), rs.getObject("closes_on", LocalDate.class),
				rs.getObject("result_due_on", LocalDate.class), published == null ? null : published.toInstant(), questions(id));
	}

	private List<SurveyQuestion> questions(long surveyId) {
		Map<Long, List<SurveyQuestion.Option>> options = new HashMap<>();
		jdbc.sql("""
				select o.id, o.question_id, o.text from interaction_survey_option o
				join interaction_survey_question q on q.id = o.question_id where q.survey_id = :s order by o.position""")
			.param("s", surveyId)
			.query((rs, row) -> options.computeIfAbsent(rs.getLong("question_id"), key -> new ArrayList<>())
				.add(new SurveyQuestion.Option(rs.getLong("id"), rs.getString("text"))))
			.list();
		return jdbc.sql("select * from interaction_survey_question where survey_id = :s order by position").param("s", surveyId)
			.query((rs, row) -> new SurveyQuestion(rs.getLong("id"), rs.getInt("position"), QuestionKind.valueOf(rs.getString("kind")),
					rs.getString("text"), rs.getBoolean("required"), options.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}
}
