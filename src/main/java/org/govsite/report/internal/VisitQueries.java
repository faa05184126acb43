package org.govsite.report.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.govsite.report.VisitFigures;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the daily visit tables. */
@Repository
public class VisitQueries {

	private final JdbcClient jdbc;

	VisitQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<VisitFigures.Day> days(long siteId, LocalDate from, LocalDate to) {
		Map<LocalDate, VisitFigures.Day> counted = jdbc.sql("""
				select day, views, visitors from report_site_day where site_id = :site and day between :from and :to""")
			.param("site", siteId)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new VisitFigures.Day(rs.getObject("day", LocalDate.class), rs.getLong("views"), rs.getLong("visitors")))
			.list()
			.stream()
			.collect(Collectors.toMap(VisitFigures.Day::day, day -> day));
		List<VisitFigures.Day> days = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			days.add(counted.getOrDefault(day, new VisitFigures.Day(day, 0, 0)));
		}
		return days;
	}

	public List<VisitFigures.Count> pages(long siteId, LocalDate from, LocalDate to, int limit) {
		return jdbc.sql("""
				select path, max(channel) as channel, sum(views) as views from report_page_day
				where site_id = :site and day between :from and :to group by path order by views desc, path limit :limit""")
			.param("site", siteId)
			.param("from", from)
			.param("to", to)
			.param("limit", limit)
			.query((rs, n) -> new VisitFigures.Count(rs.getString("path"), rs.getString("channel"), rs.getLong("views")))
			.list();
	}

	public List<VisitFigures.Count> channels(long siteId, LocalDate from, LocalDate to, int limit) {
		return jdbc.sql("""
				select channel, sum(views) as views from report_page_day
				where site_id = :site and day between :from and :to and channel <> '' group by channel
				order by views desc, channel limit :limit""")
			.param("site", siteId)
			.param("from", from)
			.param("to", to)
			.param("limit", limit)
			.query((rs, n) -> new VisitFigures.Count(rs.getString("channel"), "", rs.getLong("views")))
			.list();
	}

	public List<VisitFigures.Count> texts(String table, String column, String count, long siteId, LocalDate from,
			LocalDate to, int limit) {
		// table and column names come from this module's code, never from input
		return jdbc.sql("select " + column + " as name, sum(" + count + ") as n from " + table
				+ " where site_id = :site and day between :from and :to group by " + column + " order by n desc, name limit :limit")
			.param("site", siteId)
			.param("from", from)
			.param("to", to)
			.param("limit", limit)
			.query((rs, n) -> new VisitFigures.Count(rs.getString("name"), "", rs.getLong("n")))
			.list();
	}
}
