package org.govsite.search.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What people search for, counted per day and query (no address, no person): top queries and
 * queries that found nothing, for editors to close the gap with a synonym or content. Counted in
 * memory and written every few seconds, so a search costs no database write.
 */
@Component
public class QueryLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Map<Key, AtomicIntegerArray> pending = new ConcurrentHashMap<>();

	QueryLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	private record Key(LocalDate day, String query) {
	}

	/** A query line with its counts. */
	public record Logged(String query, long searches, long zeroResults) {
	}

	public void record(String query, long total) {
		String normalized = query.strip();
		if (normalized.isEmpty()) {
			return;
		}
		AtomicIntegerArray counts = pending.computeIfAbsent(new Key(LocalDate.now(clock),
				normalized), key -> new AtomicIntegerArray(2));
		counts.incrementAndGet(0);
		if (total == 0) {
			counts.incrementAndGet(1);
		}
	}

	/**
	 * Adds what was counted since the last time to the log, in one statement: a busy search counts a
	 * thousand distinct queries in a few seconds, and a statement each took a processor from searching.
	 */
	@Scheduled(fixedDelayString = "5s", initialDelayString = "5s")
	public void flush() {
		List<String> days = new ArrayList<>();
		List<String> queries = new ArrayList<>();
		List<Integer> searches = new ArrayList<>();
		List<Integer> zeros = new ArrayList<>();
		for (Key key : List.copyOf(pending.keySet())) {
			AtomicIntegerArray counts = pending.remove(key);
			if (counts == null) {
				continue;
			}
			days.add(key.day().toString());
			queries.add(key.query());
			searches.add(counts.get(0));
			zeros.add(counts.get(1));
		}
		if (queries.isEmpty()) {
			return;
		}
		jdbc.sql("""
				insert into search_query_log (day, query, searches, zero_results)
				select * from unnest(cast(:days as date[]), cast(:queries as text[]), cast(:searches as int[]), cast(:zeros as int[]))
				on conflict (day, query) do update set searches = search_query_log.searches + excluded.searches,
				  zero_results = search_query_log.zero_results + excluded.zero_results""")
			.param("days", days.toArray(String[]::new))
			.param("queries", queries.toArray(String[]::new))
			.param("searches", searches.toArray(Integer[]::new))
			.param("zeros", zeros.toArray(Integer[]::new))
			.update();
	}

	/** The most searched queries of the last days. */
	public List<Logged> top(int days, int limit) {
		return jdbc.sql("""
				select query, sum(searches) as searches, sum(zero_results) as zero from search_query_log
				where day > :since group by query order by sum(searches) desc, query limit :limit""")
			.param("since", Date.valueOf(LocalDate.now(clock).minusDays(days)))
			.param("limit", limit)
			.query((rs, row) -> new Logged(rs.getString("query"), rs.getLong("searches"), rs.getLong("zero")))
			.list();
	}

	/** Queries that found nothing, most frequent first. */
	public List<Logged> withoutResults(int days, int limit) {
		return jdbc.sql("""
				select query, sum(searches) as searches, sum(zero_results) as zero from search_query_log
				where day > :since group by query having sum(zero_results) > 0
				order by sum(zero_results) desc, query limit :limit""")
			.param("since", Date.valueOf(LocalDate.now(clock).minusDays(days)))
			.param("limit", limit)
			.query((rs, row) -> new Logged(rs.getString("query"), rs.getLong("searches"), rs.getLong("zero")))
			.list();
	}
}
