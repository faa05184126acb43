package org.govsite.report.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Staff's entries of each annual report, and the published reports as they were published. */
@Repository
public class AnnualStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<LinkedHashMap<String, String>> VALUES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	/** A published report's values (every field, counted and entered) and when it was published. */
	public record Published(Map<String, String> values, Instant at) {
	}

	AnnualStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Map<String, String> entered(long siteId, int year) {
		return jdbc.sql("select entered::text from report_annual where site_id = :site and year = :year")
			.param("site", siteId)
			.param("year", year)
			.query(String.class)
			.optional()
			.map(AnnualStore::read)
			.orElseGet(LinkedHashMap::new);
	}

	public void saveEntered(long siteId, int year, Map<String, String> entered) {
		jdbc.sql("""
				insert into report_annual (site_id, year, entered) values (:site, :year, cast(:entered as jsonb))
				on conflict (site_id, year) do update set entered = excluded.entered""")
			.param("site", siteId)
			.param("year", year)
			.param("entered", JSON.writeValueAsString(entered))
			.update();
	}

	public Optional<Published> published(long siteId, int year) {
		return jdbc.sql("""
				select published_values::text, published_at from report_annual
				where site_id = :site and year = :year and published_at is not null""")
			.param("site", siteId)
			.param("year", year)
			.query((rs, n) -> new Published(read(rs.getString(1)), rs.getTimestamp(2).toInstant()))
			.optional();
	}

	public List<Integer> publishedYears(long siteId) {
		return jdbc.sql("select year from report_annual where site_id = :site and published_at is not null order by year")
			.param("site", siteId)
			.query(Integer.class)
			.list();
	}

	public void publish(long siteId, int year, Map<String, String> values, String by, Instant at) {
		jdbc.sql("""
				update report_annual set published_values = cast(:values as jsonb), published_by = :by, published_at = :at
				where site_id = :site and year = :year""")
			.param("site", siteId)
			.param("year", year)
			.param("values", JSON.writeValueAsString(values))
			.param("by", by)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
	}

	private static Map<String, String> read(@Nullable String json) {
		return json == null ? new LinkedHashMap<>() : JSON.readValue(json, VALUES);
	}
}
