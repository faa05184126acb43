package org.govsite.interaction.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
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
			.query((row, n) -> new StoredReport(row.getLong("id"), row.getLong("site_id"), row.getString("query_code"),
					row.getString("page_url"), row.getString("kind"), row.getString("description"), row.getString("contact"),
					row.getTimestamp("received_at").toInstant(), row.getDate("due_on").toLocalDate(), row.getString("answer")))
			.optional();
	}
}
