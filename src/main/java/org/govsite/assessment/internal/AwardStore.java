package org.govsite.assessment.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.govsite.assessment.Award;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The supervising office's standing awards of bonus points, one per site and bonus point. */
@Repository
public class AwardStore {

	/** The measure a bonus point reads its award under. */
	public static final String PREFIX = "award:";

	private final JdbcClient jdbc;

	AwardStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void award(long siteId, String bonusCode, BigDecimal quantity, String note, LocalDate on, String by) {
		jdbc.sql("insert into assessment_award (site_id, bonus_code, quantity, note, awarded_on, awarded_by) values (?, ?, ?, ?, ?, ?)"
				+ " on conflict (site_id, bonus_code) do update set quantity = excluded.quantity, note = excluded.note,"
				+ " awarded_on = excluded.awarded_on, awarded_by = excluded.awarded_by")
			.params(siteId, bonusCode, quantity, note, Date.valueOf(on), by)
			.update();
	}

	/** The site's awards as measures: {@code award:<code>} → units. */
	public Map<String, BigDecimal> measuresOf(long siteId) {
		Map<String, BigDecimal> measures = new HashMap<>();
		jdbc.sql("select bonus_code, quantity from assessment_award where site_id = ?")
			.param(siteId)
			.query(rs -> {
				measures.put(PREFIX + rs.getString("bonus_code"), rs.getBigDecimal("quantity"));
			});
		return measures;
	}

	/** The site's awards, by bonus point. */
	public List<Award> of(long siteId) {
		return jdbc.sql("select bonus_code, quantity, note, awarded_on, awarded_by from assessment_award where site_id = ?"
				+ " order by bonus_code")
			.param(siteId)
			.query((rs, row) -> new Award(siteId, rs.getString("bonus_code"), rs.getBigDecimal("quantity"), rs.getString("note"),
					rs.getDate("awarded_on").toLocalDate(), rs.getString("awarded_by")))
			.list();
	}
}
