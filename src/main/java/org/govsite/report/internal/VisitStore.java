package org.govsite.report.internal;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

import org.govsite.report.VisitDay;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Writes a batch of counted views into the daily tables, adding to what other nodes wrote. */
@Repository
public class VisitStore {

	private final JdbcTemplate jdbc;

	VisitStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public void write(VisitBatch batch) {
		for (Map.Entry<VisitBatch.SiteDay, LongAdder> site : batch.views.entrySet()) {
			VisitBatch.SiteDay key = site.getKey();
			Set<ByteBuffer> visitors = batch.visitors.getOrDefault(key, Set.of());
			List<Object[]> rows = new ArrayList<>(visitors.size());
			for (ByteBuffer visitor : visitors) {
				rows.add(new Object[] { key.day(), key.siteId(), visitor.array() });
			}
			int[][] inserted = jdbc.batchUpdate(
					"insert into report_visitor (day, site_id, visitor) values (?, ?, ?) on conflict do nothing", rows, 500,
					(ps, row) -> {
						ps.setObject(1, row[0]);
						ps.setLong(2, (Long) row[1]);
						ps.setBytes(3, (byte[]) row[2]);
					});
			long newVisitors = 0;
			for (int[] chunk : inserted) {
				for (int count : chunk) {
					newVisitors += Math.max(0, count);
				}
			}
			jdbc.update("""
					insert into report_site_day (day, site_id, views, visitors) values (?, ?, ?, ?)
					on conflict (site_id, day) do update set views = report_site_day.views + excluded.views,
					  visitors = report_site_day.visitors + excluded.visitors""", key.day(), key.siteId(),
					site.getValue().sum(), newVisitors);
		}
		List<Object[]> pages = new ArrayList<>();
		batch.pages.forEach((key, views) -> pages.add(new Object[] { key.day(), key.siteId(), key.channel(), key.path(), views.sum() }));
		jdbc.batchUpdate("""
				insert into report_page_day (day, site_id, channel, path, views) values (?, ?, ?, ?, ?)
				on conflict (site_id, day, path, channel) do update set views = report_page_day.views + excluded.views""", pages);
		upsertText(batch.referrers, "report_referrer_day", "host", "views");
		upsertText(batch.searches, "report_search_day", "term", "count");
	}

	private void upsertText(Map<VisitBatch.TextKey, LongAdder> counts, String table, String column, String count) {
		List<Object[]> rows = new ArrayList<>();
		counts.forEach((key, n) -> rows.add(new Object[] { key.day(), key.siteId(), key.text(), n.sum() }));
		// table and column names are constants of this class, never input
		jdbc.batchUpdate("insert into " + table + " (day, site_id, " + column + ", " + count + ") values (?, ?, ?, ?)"
				+ " on conflict (site_id, day, " + column + ") do update set " + count + " = " + table + "." + count
				+ " + excluded." + count, rows);
	}

	/** Adds a day counted elsewhere; its visitors were told apart there. */
	@Transactional
	public void add(VisitDay day) {
		jdbc.update("""
				insert into report_site_day (day, site_id, views, visitors) values (?, ?, ?, ?)
				on conflict (site_id, day) do update set views = report_site_day.views + excluded.views,
				  visitors = report_site_day.visitors + excluded.visitors""", day.day(), day.siteId(), day.views(),
				day.visitors());
		List<Object[]> pages = new ArrayList<>();
		day.pages().forEach((path, views) -> pages.add(new Object[] { day.day(), day.siteId(), "", path, views }));
		jdbc.batchUpdate("""
				insert into report_page_day (day, site_id, channel, path, views) values (?, ?, ?, ?, ?)
				on conflict (site_id, day, path, channel) do update set views = report_page_day.views + excluded.views""", pages);
		Map<VisitBatch.TextKey, LongAdder> referrers = new java.util.HashMap<>();
		day.referrers().forEach((host, views) -> {
			LongAdder count = new LongAdder();
			count.add(views);
			referrers.put(new VisitBatch.TextKey(day.day(), day.siteId(), host), count);
		});
		upsertText(referrers, "report_referrer_day", "host", "views");
	}

	/** Forgets the visitors and salts of days before {@code keepFrom}: their hashes only served to count that day. */
	@Transactional
	public void prune(LocalDate keepFrom) {
		jdbc.update("delete from report_visitor where day < ?", keepFrom);
		jdbc.update("delete from report_salt where day < ?", keepFrom);
	}
}
