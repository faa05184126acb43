package org.govsite.interaction.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.govsite.interaction.LetterState;
import org.govsite.interaction.Satisfaction;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Letters and their history, in PostgreSQL (plain SQL: the domain {@link Letter} stays free of mapping). */
@Repository
public class LetterStore {

	private final JdbcClient jdbc;

	LetterStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A new letter with the first line of its history (by that actor, that action, when received),
	 * in one statement: every letter written pays for its round trips. The sealed fields and
	 * digests come from {@link PersonalData}.
	 */
	public long insert(String queryCode, Letter letter, String writerName, @Nullable Boolean female, String sealedPhone,
			String phoneDigest, @Nullable String sealedEmail, @Nullable String sealedIdNumber, String subject,
			String content, String contentDigest, boolean publishable, String actor, String action) {
		return jdbc.sql("""
				with letter as (
				  insert into interaction_letter (mailbox_id, query_code, state, handling_site_id, received_at, receipt_day,
				    writer_name, writer_female, phone, phone_digest, email, id_number, subject, content, content_digest, publishable)
				  values (:mailbox, :code, :state, :unit, :receivedAt, :receiptDay, :writer, :female, :phone, :phoneDigest,
				    :email, :idNumber, :subject, :content, :contentDigest, :publishable) returning id, received_at),
				history as (
				  insert into interaction_letter_event (letter_id, at, actor, action)
				  select id, received_at, :actor, :action from letter)
				select id from letter""")
			.param("actor", actor)
			.param("action", action)
			.param("mailbox", letter.mailboxId())
			.param("code", queryCode)
			.param("state", letter.state().name())
			.param("unit", letter.handlingUnit())
			.param("receivedAt", Timestamp.from(letter.receivedAt()))
			.param("receiptDay", Date.valueOf(letter.receiptDay()))
			.param("writer", writerName)
			.param("female", female)
			.param("phone", sealedPhone)
			.param("phoneDigest", phoneDigest)
			.param("email", sealedEmail)
			.param("idNumber", sealedIdNumber)
			.param("subject", subject)
			.param("content", content)
			.param("contentDigest", contentDigest)
			.param("publishable", publishable)
			.query(Long.class)
			.single();
	}

	/** Whether the same phone sent the same text since then. */
	public boolean duplicate(String phoneDigest, String contentDigest, Instant since) {
		return jdbc.sql("""
				select exists (select 1 from interaction_letter where phone_digest = :phone and content_digest = :content
				  and received_at > :since)""")
			.param("phone", phoneDigest)
			.param("content", contentDigest)
			.param("since", Timestamp.from(since))
			.query(Boolean.class)
			.single();
	}

	/** Stores the letter's handling as it now stands. */
	public void save(long id, Letter letter) {
		Letter.Snapshot s = letter.snapshot();
		jdbc.sql("""
				update interaction_letter set state = :state, handling_site_id = :unit, hops = :hops, simple = :simple,
				  due_on = :due, rejection = :rejection, reply = :reply, reply_writer = :replyWriter, replied_at = :repliedAt,
				  satisfaction = :satisfaction, reopened = :reopened where id = :id""")
			.param("id", id)
			.param("state", s.state().name())
			.param("unit", s.handlingUnit())
			.param("hops", s.hops())
			.param("simple", s.simple())
			.param("due", s.dueOn() == null ? null : Date.valueOf(s.dueOn()))
			.param("rejection", s.rejection())
			.param("reply", s.reply())
			.param("replyWriter", s.replyWriter())
			.param("repliedAt", s.repliedAt() == null ? null : Timestamp.from(s.repliedAt()))
			.param("satisfaction", s.satisfaction() == null ? null : s.satisfaction().name())
			.param("reopened", s.reopened())
			.update();
	}

	public void set(long id, String column, @Nullable Object value) {
		if (!List.of("published", "held_findings", "reply_site_id", "satisfaction_comment", "overdue_reported_on", "three_months_reported")
			.contains(column)) {
			throw new IllegalArgumentException(column);
		}
		jdbc.sql("update interaction_letter set " + column + " = :value where id = :id")
			.param("id", id)
			.param("value", value instanceof LocalDate day ? Date.valueOf(day) : value)
			.update();
	}

	public void requestExtension(long id, StoredLetter.@Nullable Extension extension) {
		jdbc.sql("""
				update interaction_letter set extension_days = :days, extension_reason = :reason, extension_requested_by = :by
				where id = :id""")
			.param("id", id)
			.param("days", extension == null ? null : extension.workingDays())
			.param("reason", extension == null ? null : extension.reason())
			.param("by", extension == null ? null : extension.requestedBy())
			.update();
	}

	public Optional<StoredLetter> find(long id) {
		return jdbc.sql("select * from interaction_letter where id = :id").param("id", id).query(this::row).optional();
	}

	/** The letter, locked until the transaction ends: two handlers acting at once act one after the other. */
	public Optional<StoredLetter> lock(long id) {
		return jdbc.sql("select * from interaction_letter where id = :id for update").param("id", id).query(this::row).optional();
	}

	public Optional<StoredLetter> byCode(String queryCode) {
		return jdbc.sql("select * from interaction_letter where query_code = :code")
			.param("code", queryCode)
			.query(this::row)
			.optional();
	}

	/** The letters the sites handle now or received in their mailboxes, newest first. */
	public List<StoredLetter> handledBy(Collection<Long> sites, int limit) {
		if (sites.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select * from interaction_letter where handling_site_id in (:sites)
				or mailbox_id in (select id from interaction_mailbox where site_id in (:sites))
				order by received_at desc limit :limit""")
			.param("sites", sites)
			.param("limit", limit)
			.query(this::row)
			.list();
	}

	/** The letters waiting for a reply, of the given sites (all when null), earliest deadline first. */
	public List<StoredLetter> waiting(@Nullable Collection<Long> sites) {
		if (sites != null && sites.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from interaction_letter where state in ('ACCEPTED', 'REPLY_IN_REVIEW')"
				+ (sites == null ? "" : " and handling_site_id in (:sites)") + " order by due_on, id")
			.paramSource(sites == null ? java.util.Map.of() : java.util.Map.of("sites", sites))
			.query(this::row)
			.list();
	}

	/** Letters waiting for a reply that the daily check may have to report: past their deadline, not yet reported for it. */
	public List<StoredLetter> waitingUnreported() {
		return jdbc.sql("""
				select * from interaction_letter where state in ('ACCEPTED', 'REPLY_IN_REVIEW')
				and (not three_months_reported or overdue_reported_on is distinct from due_on) order by id""")
			.query(this::row)
			.list();
	}

	/** The mailbox's published letters, newest reply first. */
	public List<StoredLetter> published(long mailboxId, int offset, int limit) {
		return jdbc.sql("""
				select * from interaction_letter where mailbox_id = :mailbox and published and state = 'REPLIED' and held_findings is null
				order by replied_at desc, id desc offset :offset limit :limit""")
			.param("mailbox", mailboxId)
			.param("offset", offset)
			.param("limit", limit)
			.query(this::row)
			.list();
	}

	/** How many letters of the mailbox are published. */
	public int countPublished(long mailboxId) {
		return jdbc.sql("""
				select count(*) from interaction_letter where mailbox_id = :mailbox and published and state = 'REPLIED'
				and held_findings is null""")
			.param("mailbox", mailboxId)
			.query(Integer.class)
			.single();
	}

	/** Figures of a mailbox: received, replied, replied on time, and working days' sum is counted by the caller. */
	public List<StoredLetter> ofMailbox(long mailboxId) {
		return jdbc.sql("select * from interaction_letter where mailbox_id = :mailbox").param("mailbox", mailboxId).query(this::row).list();
	}

	public void event(long letterId, Instant at, String actor, String action, @Nullable String detail) {
		jdbc.sql("insert into interaction_letter_event (letter_id, at, actor, action, detail) values (:letter, :at, :actor, :action, :detail)")
			.param("letter", letterId)
			.param("at", Timestamp.from(at))
			.param("actor", actor)
			.param("action", action)
			.param("detail", detail)
			.update();
	}

	/** A line of a letter's history. */
	public record Event(Instant at, String actor, String action, @Nullable String detail) {
	}

	public List<Event> events(long letterId) {
		return jdbc.sql("select * from interaction_letter_event where letter_id = :letter order by id")
			.param("letter", letterId)
			.query((row, n) -> new Event(row.getTimestamp("at").toInstant(), row.getString("actor"), row.getString("action"),
					row.getString("detail")))
			.list();
	}

	private StoredLetter row(ResultSet row, int number) throws SQLException {
		Date due = row.getDate("due_on");
		Timestamp replied = row.getTimestamp("replied_at");
		String satisfaction = row.getString("satisfaction");
		Letter letter = Letter.restore(new Letter.Snapshot(row.getLong("mailbox_id"), row.getTimestamp("received_at").toInstant(),
				row.getDate("receipt_day").toLocalDate(), LetterState.valueOf(row.getString("state")),
				row.getLong("handling_site_id"), row.getInt("hops"), row.getBoolean("simple"),
				due == null ? null : due.toLocalDate(), row.getString("rejection"), row.getString("reply"),
				row.getString("reply_writer"), replied == null ? null : replied.toInstant(),
				satisfaction == null ? null : Satisfaction.valueOf(satisfaction), row.getBoolean("reopened")));
		Boolean female = (Boolean) row.getObject("writer_female");
		long replySite = row.getLong("reply_site_id");
		Long replySiteId = row.wasNull() ? null : replySite;
		int extensionDays = row.getInt("extension_days");
		StoredLetter.Extension extension = row.wasNull() ? null
				: new StoredLetter.Extension(extensionDays, row.getString("extension_reason"), row.getString("extension_requested_by"));
		return new StoredLetter(row.getLong("id"), row.getString("query_code"), letter, row.getString("writer_name"), female,
				row.getString("phone"), row.getString("email"), row.getString("id_number"), row.getString("subject"),
				row.getString("content"), row.getBoolean("publishable"), row.getBoolean("published"), replySiteId,
				row.getString("satisfaction_comment"), extension,
				row.getDate("overdue_reported_on") == null ? null : row.getDate("overdue_reported_on").toLocalDate(),
				row.getBoolean("three_months_reported"), row.getString("held_findings"));
	}
}
