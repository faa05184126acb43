package org.govsite.assessment.internal;

import org.govsite.assessment.Checklist;
import org.govsite.assessment.ChecklistGroup;
import org.govsite.assessment.ChecklistPoint;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The checklist as the tables hold it (seeded with the defaults, edited when the national checklist changes). */
@Repository
public class ChecklistStore {

	private final JdbcClient jdbc;

	ChecklistStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Checklist load() {
		return new Checklist(
				jdbc.sql("select code, label, max_points, services from assessment_group order by position, code")
					.query((rs, row) -> new ChecklistGroup(rs.getString("code"), rs.getString("label"),
							rs.getBigDecimal("max_points"), rs.getBoolean("services")))
					.list(),
				jdbc.sql("select code, group_code, label, measure, per_unit from assessment_point order by position, code")
					.query((rs, row) -> new ChecklistPoint(rs.getString("code"), rs.getString("group_code"),
							rs.getString("label"), rs.getString("measure"), rs.getBigDecimal("per_unit")))
					.list());
	}
}
