package org.govsite.disclosure.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.govsite.disclosure.AnnualReport;
import org.govsite.disclosure.ReportInput;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** Keeps what staff entered into each report, and a published report's figures as published. */
@Repository
public class ReportStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	ReportStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public ReportInput entered(long siteId, int year) {
		return jdbc.sql("select entered from disclosure_report where site_id = :site and year = :year")
			.param("site", siteId)
			.param("year", year)
			.query(String.class)
			.optional()
			.map(json -> JSON.readValue(json, ReportInput.class))
			.orElseGet(ReportInput::blank);
	}

	public void saveEntered(long siteId, int year, ReportInput input) {
		jdbc.sql("""
				insert into disclosure_report (site_id, year, entered) values (:site, :year, cast(:entered as jsonb))
				on conflict (site_id, year) do update set entered = excluded.entered
				""").param("site", siteId).param("year", year).param("entered", JSON.writeValueAsString(input)).update();
	}

	public Optional<AnnualReport> published(long siteId, int year) {
		return jdbc.sql("select published from disclosure_report where site_id = :site and year = :year and published is not null")
			.param("site", siteId)
			.param("year", year)
			.query(String.class)
			.optional()
			.map(json -> JSON.readValue(json, AnnualReport.class));
	}

	/** Every report of the site's body published, the newest year first. */
	public java.util.List<AnnualReport> allPublished(long siteId) {
		return jdbc.sql("select published from disclosure_report where site_id = :site and published is not null order by year desc")
			.param("site", siteId)
			.query(String.class)
			.list()
			.stream()
			.map(json -> JSON.readValue(json, AnnualReport.class))
			.toList();
	}

	/** Publishes once: a report published stays as it was. */
	public boolean publish(AnnualReport report, String by, Instant at) {
		return jdbc.sql("""
				update disclosure_report set published = cast(:report as jsonb), published_at = :at, published_by = :by
				where site_id = :site and year = :year and published is null
				""")
			.param("report", JSON.writeValueAsString(report))
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("by", by)
			.param("site", report.siteId())
			.param("year", report.year())
			.update() == 1;
	}
}
