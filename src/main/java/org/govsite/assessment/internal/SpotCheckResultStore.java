package org.govsite.assessment.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.govsite.assessment.SpotCheckResult;
import org.govsite.assessment.Verdict;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The published spot checks' results, frozen when published. */
@Repository
public class SpotCheckResultStore {

	private final JdbcClient jdbc;

	SpotCheckResultStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Publishes the quarter's results, replacing any published before. */
	public void publish(String quarter, List<SpotCheckResult> results, Instant at, String by) {
		jdbc.sql("delete from assessment_spot_check_result where quarter = ?").param(quarter).update();
		for (int i = 0; i < results.size(); i++) {
			SpotCheckResult result = results.get(i);
			jdbc.sql("insert into assessment_spot_check_result (quarter, position, site_id, site_name, verdict, score, scored_on)"
					+ " values (?, ?, ?, ?, ?, ?, ?)")
				.params(quarter, i, result.siteId(), result.siteName(), result.verdict() == null ? null : result.verdict().code(),
						result.score(), result.scoredOn() == null ? null : Date.valueOf(result.scoredOn()))
				.update();
		}
		jdbc.sql("update assessment_spot_check set published_at = ?, published_by = ? where quarter = ?")
			.params(Timestamp.from(at), by, quarter)
			.update();
	}

	/** The quarters published, newest first. */
	public List<String> publishedQuarters() {
		return jdbc.sql("select quarter from assessment_spot_check where published_at is not null order by quarter desc")
			.query(String.class)
			.list();
	}

	public List<SpotCheckResult> results(String quarter) {
		return jdbc.sql("select site_id, site_name, verdict, score, scored_on from assessment_spot_check_result"
				+ " where quarter = ? order by position")
			.param(quarter)
			.query((rs, row) -> {
				String verdict = rs.getString("verdict");
				Date scoredOn = rs.getDate("scored_on");
				return new SpotCheckResult(rs.getLong("site_id"), rs.getString("site_name"),
						verdict == null ? null : Verdict.ofCode(verdict), rs.getBigDecimal("score"),
						scoredOn == null ? null : scoredOn.toLocalDate());
			})
			.list();
	}
}
