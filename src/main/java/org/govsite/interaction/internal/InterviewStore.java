package org.govsite.interaction.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.govsite.interaction.InterviewQuestion;
import org.govsite.interaction.InterviewState;
import org.govsite.interaction.InterviewView;
import org.govsite.interaction.Moderation;
import org.govsite.interaction.TranscriptEntry;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Interviews, their questions and their transcript. */
@Repository
public class InterviewStore {

	private final JdbcClient jdbc;

	InterviewStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long siteId, String title, String guests, String notice, Instant startsAt, String actor) {
		return jdbc.sql("""
				insert into interaction_interview (site_id, title, guests, notice, starts_at, created_by)
				values (:site, :title, :guests, :notice, :starts, :actor) returning id""")
			.param("site", siteId).param("title", title).param("guests", guests).param("notice", notice)
			.param("starts", Timestamp.from(startsAt)).param("actor", actor).query(Long.class).single();
	}

	public Optional<InterviewView> find(long id) {
		return jdbc.sql("select * from interaction_interview where id = :id").param("id", id)
			.query(InterviewStore::interview).optional();
	}

	public Optional<InterviewView> lock(long id) {
		return jdbc.sql("select * from interaction_interview where id = :id for update").param("id", id)
			.query(InterviewStore::interview).optional();
	}

	public List<InterviewView> ofSites(Collection<Long> siteIds) {
		if (siteIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from interaction_interview where site_id in (:sites) order by starts_at desc, id desc")
			.param("sites", siteIds).query(InterviewStore::interview).list();
	}

	public void state(long id, InterviewState state, @Nullable LocalDate endedOn) {
		jdbc.sql("update interaction_interview set state = :state, ended_on = coalesce(:ended, ended_on) where id = :id")
			.param("state", state.name()).param("ended", endedOn).param("id", id).update();
	}

	public void archive(long id, String page, Instant at) {
		jdbc.sql("update interaction_interview set state = 'ARCHIVED', archive = :page, archived_at = :at where id = :id")
			.param("page", page).param("at", Timestamp.from(at)).param("id", id).update();
	}

	public long insertQuestion(long interviewId, String asker, String content, Instant at, boolean during,
			@Nullable String findings) {
		return jdbc.sql("""
				insert into interaction_interview_question (interview_id, asker, content, asked_at, during, findings)
				values (:i, :asker, :content, :at, :during, :findings) returning id""")
			.param("findings", findings)
			.param("i", interviewId).param("asker", asker).param("content", content).param("at", Timestamp.from(at))
			.param("during", during).query(Long.class).single();
	}

	public Optional<InterviewQuestion> question(long id) {
		return jdbc.sql("select * from interaction_interview_question where id = :id for update").param("id", id)
			.query(InterviewStore::question).optional();
	}

	public List<InterviewQuestion> questions(long interviewId) {
		return jdbc.sql("select * from interaction_interview_question where interview_id = :i order by id")
			.param("i", interviewId).query(InterviewStore::question).list();
	}

	/** Questions passed and not answered by their deadline's day or before: the 工作台's list. */
	public List<InterviewQuestion> unanswered(Collection<Long> siteIds) {
		if (siteIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select q.* from interaction_interview_question q join interaction_interview i on i.id = q.interview_id
				where i.site_id in (:sites) and q.state = 'PASSED' and not q.answered and q.answer_due_on is not null
				order by q.answer_due_on""")
			.param("sites", siteIds).query(InterviewStore::question).list();
	}

	public void moderate(long questionId, Moderation state, String actor) {
		jdbc.sql("update interaction_interview_question set state = :state, moderated_by = :actor where id = :id")
			.param("state", state.name()).param("actor", actor).param("id", questionId).update();
	}

	public void answered(long questionId) {
		jdbc.sql("update interaction_interview_question set answered = true where id = :id").param("id", questionId).update();
	}

	/** Passed questions left unanswered when the interview ends get their deadline. */
	public void dueAfterEnd(long interviewId, LocalDate dueOn) {
		jdbc.sql("""
				update interaction_interview_question set answer_due_on = :due
				where interview_id = :i and state in ('PASSED', 'PENDING') and not answered""")
			.param("due", dueOn).param("i", interviewId).update();
	}

	public long entry(long interviewId, Instant at, TranscriptEntry.Kind kind, String speaker, String text,
			@Nullable String pictureUrl, @Nullable Long questionId) {
		return jdbc.sql("""
				insert into interaction_interview_entry (interview_id, at, kind, speaker, text, picture_url, question_id)
				values (:i, :at, :kind, :speaker, :text, :picture, :q) returning id""")
			.param("i", interviewId).param("at", Timestamp.from(at)).param("kind", kind.name()).param("speaker", speaker)
			.param("text", text).param("picture", pictureUrl).param("q", questionId).query(Long.class).single();
	}

	public List<TranscriptEntry> entries(long interviewId, long afterId) {
		return jdbc.sql("select * from interaction_interview_entry where interview_id = :i and id > :after order by id")
			.param("i", interviewId).param("after", afterId)
			.query((rs, row) -> new TranscriptEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
					TranscriptEntry.Kind.valueOf(rs.getString("kind")), rs.getString("speaker"), rs.getString("text"),
					rs.getString("picture_url")))
			.list();
	}

	private static InterviewView interview(ResultSet rs, int row) throws SQLException {
		return new InterviewView(rs.getLong("id"), rs.getLong("site_id"), rs.getString("title"), rs.getString("guests"),
				rs.getString("notice"), rs.getTimestamp("starts_at").toInstant(), InterviewState.valueOf(rs.getString("state")),
				rs.getObject("ended_on", LocalDate.class), rs.getString("archive"));
	}

	private static InterviewQuestion question(ResultSet rs, int row) throws SQLException {
		return new InterviewQuestion(rs.getLong("id"), rs.getLong("interview_id"), rs.getString("asker"),
				rs.getString("content"), rs.getTimestamp("asked_at").toInstant(), rs.getBoolean("during"),
				Moderation.valueOf(rs.getString("state")), rs.getBoolean("answered"), rs.getObject("answer_due_on", LocalDate.class),
				rs.getString("findings"));
	}
}
