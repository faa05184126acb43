package org.govsite.report.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govsite.report.AnnualWebsiteReport;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The oversight report of each year: what staff entered, and the report as it was published. */
@Repository
public class OversightStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<LinkedHashMap<String, String>> VALUES = new TypeReference<>() {
	};

	private static final TypeReference<List<AnnualWebsiteReport.Section>> SECTIONS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	/** A published report's sections, every line with its value, and when and by whom it was published. */
	public record Published(List<AnnualWebsiteReport.Section> sections, String by, Instant at) {
	}

	OversightStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Map<String, String> entered(int year) {
		return jdbc.sql("select entered::text from report_oversight where year = ?")
			.param(year)
			.query(String.class)
			.optional()
			.map(json -> (Map<String, String>) JSON.readValue(json, VALUES))
			.orElseGet(LinkedHashMap::new);
	}

	public void saveEntered(int year, Map<String, String> entered) {
		jdbc.sql("""
				insert into report_oversight (year, entered) values (:year, cast(:entered as jsonb))
				on conflict (year) do update set entered = excluded.entered""")
			.param("year", year)
			.param("entered", JSON.writeValueAsString(entered))
			.update();
	}

	public Optional<Published> published(int year) {
		return jdbc.sql("select published_report::text, published_by, published_at from report_oversight"
				+ " where year = ? and published_at is not null")
			.param(year)
			.query((rs, n) -> new Published(JSON.readValue(rs.getString(1), SECTIONS), rs.getString(2),
					rs.getTimestamp(3).toInstant()))
			.optional();
	}

	public List<Integer> publishedYears() {
		return jdbc.sql("select year from report_oversight where published_at is not null order by year")
			.query(Integer.class)
			.list();
	}

	/** Freezes the year's report; answers false when it was already published (it stays as it was). */
	public boolean publish(int year, List<AnnualWebsiteReport.Section> sections, String by, Instant at) {
		return jdbc.sql("""
				insert into report_oversight (year, published_report, published_by, published_at)
				values (:year, cast(:report as jsonb), :by, :at)
				on conflict (year) do update set published_report = excluded.published_report,
				  published_by = excluded.published_by, published_at = excluded.published_at
				where report_oversight.published_at is null""")
			.param("year", year)
			.param("report", JSON.writeValueAsString(sections))
			.param("by", by)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update() == 1;
	}
}
