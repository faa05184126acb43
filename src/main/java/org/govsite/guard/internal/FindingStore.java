package org.govsite.guard.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.govsite.guard.FindingCategory;
import org.govsite.guard.FindingLevel;
import org.govsite.guard.GuardFinding;
import org.govsite.guard.SiteFinding;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rectification items of the daily scan, one per site, page, kind and text found. */
@Repository
public class FindingStore {

	private final JdbcClient jdbc;

	FindingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records that the scan saw the finding now: a new item with its owner and due day, or the
	 * open one marked seen; an item closed earlier and found again opens anew.
	 */
	public void seen(long siteId, String path, GuardFinding finding, @Nullable String owner, Instant now, LocalDate dueOn) {
		jdbc.sql("""
				insert into guard_finding (site_id, path, category, level, matched, excerpt, suggestion, owner, found_at,
				                           due_on, seen_at)
				values (:site, :path, :category, :level, :matched, :excerpt, :suggestion, :owner, :now, :due, :now)
				on conflict (site_id, path, category, matched) do update set seen_at = excluded.seen_at,
				    level = excluded.level, excerpt = excluded.excerpt, suggestion = excluded.suggestion,
				    found_at = case when guard_finding.closed_at is null then guard_finding.found_at else excluded.found_at end,
				    due_on = case when guard_finding.closed_at is null then guard_finding.due_on else excluded.due_on end,
				    owner = case when guard_finding.closed_at is null then guard_finding.owner else excluded.owner end,
				    closed_at = null""")
			.param("site", siteId)
			.param("path", path)
			.param("category", finding.category().code())
			.param("level", finding.level().code())
			.param("matched", finding.matched())
			.param("excerpt", finding.excerpt())
			.param("suggestion", finding.suggestion())
			.param("owner", owner)
			.param("now", Timestamp.from(now))
			.param("due", Date.valueOf(dueOn))
			.update();
	}

	/** Closes the items, which a scan no longer found. */
	public void close(List<Long> ids, Instant now) {
		if (!ids.isEmpty()) {
			jdbc.sql("update guard_finding set closed_at = :now where id in (:ids) and closed_at is null")
				.param("now", Timestamp.from(now))
				.param("ids", ids)
				.update();
		}
	}

	/** Whether any scan has ever found anything. */
	public boolean none() {
		return jdbc.sql("select not exists (select 1 from guard_finding)").query(Boolean.class).single();
	}

	public List<SiteFinding> open() {
		return jdbc.sql("select * from guard_finding where closed_at is null order by site_id, due_on, path, id")
			.query(FindingStore::finding)
			.list();
	}

	public List<SiteFinding> ofSite(long siteId) {
		return jdbc.sql("select * from guard_finding where site_id = :site order by closed_at nulls first, due_on, path, id")
			.param("site", siteId)
			.query(FindingStore::finding)
			.list();
	}

	/** How many items of a site and category were open at the end of a day (in the zone's days). */
	public record OpenOnDay(long siteId, LocalDate day, FindingCategory category, int count) {
	}

	/** The items open at the end of each day from {@code from} to {@code to}, by site and category. */
	public List<OpenOnDay> openPerDay(LocalDate from, LocalDate to, java.time.ZoneId zone) {
		return jdbc.sql("""
				select f.site_id, d.day::date as day, f.category, count(*) as open
				from generate_series(cast(:from as date), cast(:to as date), interval '1 day') as d(day)
				join guard_finding f on (f.found_at at time zone :zone)::date <= d.day::date
				    and (f.closed_at is null or (f.closed_at at time zone :zone)::date > d.day::date)
				group by f.site_id, d.day, f.category
				order by f.site_id, d.day, f.category""")
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.param("zone", zone.getId())
			.query((rs, row) -> new OpenOnDay(rs.getLong("site_id"), rs.getDate("day").toLocalDate(),
					FindingCategory.ofCode(rs.getString("category")), rs.getInt("open")))
			.list();
	}

	private static SiteFinding finding(ResultSet rs, int row) throws SQLException {
		Timestamp closed = rs.getTimestamp("closed_at");
		return new SiteFinding(rs.getLong("id"), rs.getLong("site_id"), rs.getString("path"),
				FindingCategory.ofCode(rs.getString("category")), FindingLevel.ofCode(rs.getString("level")),
				rs.getString("matched"), rs.getString("excerpt"), rs.getString("suggestion"), rs.getString("owner"),
				rs.getTimestamp("found_at").toInstant(), rs.getDate("due_on").toLocalDate(),
				closed == null ? null : closed.toInstant());
	}
}
