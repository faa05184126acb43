package org.govsite.assessment.internal;

import java.util.List;

import org.govsite.assessment.BonusPoint;
import org.govsite.assessment.Checklist;
import org.govsite.assessment.ChecklistGroup;
import org.govsite.assessment.ChecklistPoint;
import org.govsite.assessment.NewMediaRule;

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
					.list(),
				jdbc.sql("select code, label, measure, per_unit, max_points from assessment_bonus order by position, code")
					.query((rs, row) -> new BonusPoint(rs.getString("code"), rs.getString("label"), rs.getString("measure"),
							rs.getBigDecimal("per_unit"), rs.getBigDecimal("max_points")))
					.list());
	}

	/** The rules 政务新媒体 accounts are judged by. */
	public List<NewMediaRule> newMediaRules() {
		return jdbc.sql("select code, label, measure, limit_value from assessment_new_media_rule order by position, code")
			.query((rs, row) -> new NewMediaRule(rs.getString("code"), rs.getString("label"), rs.getString("measure"),
					rs.getInt("limit_value")))
			.list();
	}
}
