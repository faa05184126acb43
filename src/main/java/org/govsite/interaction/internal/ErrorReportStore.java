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

	private StoredReport row(ResultSet row, int number) throws SQLException {
		return new StoredReport(row.getLong("id"), row.getLong("site_id"), row.getString("query_code"), row.getString("page_url"),
				row.getString("kind"), row.getString("description"), row.getString("contact"),
				row.getTimestamp("received_at").toInstant(), row.getDate("due_on").toLocalDate(), row.getString("answer"));
	}
}
