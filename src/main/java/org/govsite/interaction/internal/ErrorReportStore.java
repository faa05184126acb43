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

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Error reports (我为政府网站找错), in PostgreSQL. */
@Repository
public class ErrorReportStore {

	/** A report as stored; the contact sealed. */
	public record StoredReport(long id, long siteId, String queryCode, String pageUrl, String kind, String description,
			@Nullable String sealedContact, Instant receivedAt, LocalDate dueOn, @Nullable String answer) {
	}

	private final JdbcClient jdbc;

	ErrorReportStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long siteId, String queryCode, String pageUrl, String kind, String description,
			@Nullable String sealedContact, Instant receivedAt, LocalDate dueOn) {
		return jdbc.sql("""
				insert into interaction_error_report (site_id, query_code, page_url, kind, description, contact, received_at, due_on)
				values (:site, :code, :url, :kind, :description, :contact, :at, :due) returning id""")
			.param("site", siteId)
			.param("code", queryCode)
			.param("url", pageUrl)
			.param("kind", kind)
			.param("description", description)
			.param("contact", sealedContact)
			.param("at", Timestamp.from(receivedAt))
			.param("due", Date.valueOf(dueOn))
			.query(Long.class)
			.single();
	}

	public Optional<StoredReport> byCode(String queryCode) {
		return jdbc.sql("select * from interaction_error_report where query_code = :code")
			.param("code", queryCode)
			.query(this::row)
			.optional();
	}

	/** The report, locked until the transaction ends: one answer only. */
	public Optional<StoredReport> lock(long id) {
		return jdbc.sql("select * from interaction_error_report where id = :id for update").param("id", id).query(this::row).optional();
	}

	/** The reports of the sites, unanswered first, then newest first. */
	public List<StoredReport> ofSites(Collection<Long> sites, int limit) {
		if (sites.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select * from interaction_error_report where site_id in (:sites)
				order by answer is not null, received_at desc limit :limit""")
			.param("sites", sites)
			.param("limit", limit)
			.query(this::row)
			.list();
	}

	public void answer(long id, String answer, String by, Instant at) {
		jdbc.sql("update interaction_error_report set answer = :answer, answered_by = :by, answered_at = :at where id = :id")
			.param("id", id)
			.param("answer", answer)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** A site's reports counted: received, answered, answered by their day, waiting, waiting past their day. */
	public record Counts(long siteId, int received, int answered, int answeredOnTime, int waiting, int overdue) {
	}

	/** The counts of each of the sites that has reports; {@code today} decides what is overdue. */
	public List<Counts> counts(Collection<Long> sites, LocalDate today, java.time.ZoneId zone) {
		if (sites.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select site_id, count(*) as received, count(answer) as answered,
				  count(*) filter (where answer is not null and cast(answered_at at time zone :zone as date) <= due_on) as on_time,
				  count(*) filter (where answer is null) as waiting,
				  count(*) filter (where answer is null and due_on < :today) as overdue
				from interaction_error_report where site_id in (:sites) group by site_id order by site_id""")
			.param("sites", sites)
			.param("today", Date.valueOf(today))
			.param("zone", zone.getId())
			.query((row, number) -> new Counts(row.getLong("site_id"), row.getInt("received"), row.getInt("answered"),
					row.getInt("on_time"), row.getInt("waiting"), row.getInt("overdue")))
			.list();
	}

	/** Every site's reports received in the year (in {@code zone}) counted together; site id 0. */
	public Counts countsOfYear(int year, LocalDate today, java.time.ZoneId zone) {
		return jdbc.sql("""
				select count(*) as received, count(answer) as answered,
				  count(*) filter (where answer is not null and cast(answered_at at time zone :zone as date) <= due_on) as on_time,
				  count(*) filter (where answer is null) as waiting,
				  count(*) filter (where answer is null and due_on < :today) as overdue
				from interaction_error_report
				where received_at >= cast(:from as timestamp) at time zone :zone
				  and received_at < cast(:until as timestamp) at time zone :zone""")
			.param("from", year + "-01-01")
			.param("until", (year + 1) + "-01-01")
			.param("today", Date.valueOf(today))
			.param("zone", zone.getId())
			.query((row, number) -> new Counts(0, row.getInt("received"), row.getInt("answered"), row.getInt("on_time"),
					row.getInt("waiting"), row.getInt("overdue")))
			.single();
	}

	/** The unanswered reports of the sites, the earliest due first. */
	public List<StoredReport> waiting(Collection<Long> sites) {
		if (sites.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from interaction_error_report where site_id in (:sites) and answer is null order by due_on, id limit 200")
			.param("sites", sites)
			.query(this::row)
			.list();
	}

	private StoredReport row(ResultSet row, int number) throws SQLException {
		return new StoredReport(row.getLong("id"), row.getLong("site_id"), row.getString("query_code"), row.getString("page_url"),
				row.getString("kind"), row.getString("description"), row.getString("contact"),
				row.getTimestamp("received_at").toInstant(), row.getDate("due_on").toLocalDate(), row.getString("answer"));
	}
}
