package org.govsite.assessment.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.govsite.assessment.Deduction;
import org.govsite.assessment.Score;
import org.govsite.assessment.SiteScore;
import org.govsite.assessment.Veto;
import org.govsite.assessment.Verdict;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each site's score of each day, with its deductions and their evidence. */
@Repository
public class ScoreStore {

	private final JdbcClient jdbc;

	ScoreStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the site's score of the day, replacing one computed earlier that day. */
	public void save(long siteId, LocalDate day, Score score, boolean hasServices, Instant now) {
		jdbc.sql("delete from assessment_score where site_id = ? and day = ?").params(siteId, Date.valueOf(day)).update();
		String vetoes = score.vetoes().keySet().stream().map(Veto::code).collect(Collectors.joining(","));
		jdbc.sql("insert into assessment_score (site_id, day, verdict, score, vetoes, has_services, computed_at, bonus)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(siteId, Date.valueOf(day), score.verdict().code(), score.total(), vetoes, hasServices, Timestamp.from(now),
					score.bonuses().isEmpty() ? null : score.bonus())
			.update();
		for (Deduction deduction : score.deductions()) {
			jdbc.sql("insert into assessment_deduction (site_id, day, point_code, label, group_code, quantity, points, evidence)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?)")
				.params(siteId, Date.valueOf(day), deduction.pointCode(), deduction.label(), deduction.groupCode(),
						deduction.quantity(), deduction.points(), deduction.evidence().toArray(Long[]::new))
				.update();
		}
	}

	public Optional<LocalDate> latestDay() {
		return jdbc.sql("select max(day) from assessment_score").query(Date.class).optional().map(Date::toLocalDate);
	}

	/** The newest day with scores up to the given one, if any. */
	public Optional<LocalDate> latestDayUpTo(LocalDate day) {
		return jdbc.sql("select max(day) from assessment_score where day <= ?")
			.param(Date.valueOf(day))
			.query(Date.class)
			.optional()
			.map(Date::toLocalDate);
	}

	/** The day before the given one that has scores, if any. */
	public Optional<LocalDate> dayBefore(LocalDate day) {
		return jdbc.sql("select max(day) from assessment_score where day < ?")
			.param(Date.valueOf(day))
			.query(Date.class)
			.optional()
			.map(Date::toLocalDate);
	}

	public List<SiteScore> on(LocalDate day) {
		return jdbc.sql("select site_id, day, verdict, score, vetoes, has_services from assessment_score where day = ?")
			.param(Date.valueOf(day))
			.query(ScoreStore::score)
			.list();
	}

	public List<SiteScore> history(long siteId, LocalDate from) {
		return jdbc.sql("select site_id, day, verdict, score, vetoes, has_services from assessment_score"
				+ " where site_id = ? and day >= ? order by day")
			.params(siteId, Date.valueOf(from))
			.query(ScoreStore::score)
			.list();
	}

	public List<Deduction> deductions(long siteId, LocalDate day) {
		return jdbc.sql("select point_code, label, group_code, quantity, points, evidence from assessment_deduction"
				+ " where site_id = ? and day = ? order by points desc, point_code")
			.params(siteId, Date.valueOf(day))
			.query((rs, row) -> new Deduction(rs.getString("point_code"), rs.getString("label"), rs.getString("group_code"),
					rs.getBigDecimal("quantity"), rs.getBigDecimal("points"), ids(rs.getArray("evidence"))))
			.list();
	}

	private static SiteScore score(ResultSet rs, int row) throws SQLException {
		String vetoes = rs.getString("vetoes");
		return new SiteScore(rs.getLong("site_id"), rs.getDate("day").toLocalDate(), Verdict.ofCode(rs.getString("verdict")),
				rs.getBigDecimal("score"),
				vetoes.isEmpty() ? List.of() : Arrays.stream(vetoes.split(",")).map(Veto::ofCode).toList(),
				rs.getBoolean("has_services"));
	}

	private static List<Long> ids(Array array) throws SQLException {
		Object[] values = (Object[]) array.getArray();
		return Arrays.stream(values).map(value -> ((Number) value).longValue()).toList();
	}
}
