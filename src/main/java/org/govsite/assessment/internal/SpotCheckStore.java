package org.govsite.assessment.internal;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.govsite.assessment.SpotCheck;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The spot checks drawn, one per quarter. */
@Repository
public class SpotCheckStore {

	private final JdbcClient jdbc;

	SpotCheckStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void save(SpotCheck check) {
		jdbc.sql("insert into assessment_spot_check (quarter, seed, share, site_ids, drawn_at, drawn_by) values (?, ?, ?, ?, ?, ?)")
			.params(check.quarter(), check.seed(), check.share(), check.siteIds().toArray(Long[]::new),
					Timestamp.from(check.drawnAt()), check.drawnBy())
			.update();
	}

	public Optional<SpotCheck> of(String quarter) {
		return all().stream().filter(check -> check.quarter().equals(quarter)).findFirst();
	}

	public List<SpotCheck> all() {
		return jdbc.sql("select quarter, seed, share, site_ids, drawn_at, drawn_by from assessment_spot_check order by quarter desc")
			.query((rs, row) -> new SpotCheck(rs.getString("quarter"), rs.getLong("seed"), rs.getInt("share"),
					Arrays.stream((Object[]) rs.getArray("site_ids").getArray()).map(id -> ((Number) id).longValue()).toList(),
					rs.getTimestamp("drawn_at").toInstant(), rs.getString("drawn_by")))
			.list();
	}
}
