package org.govsite.search.internal;

import java.util.List;

import org.govsite.search.SearchEntry;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The index changes a back-office node made, in order ({@code search_index_journal}): a role-public
 * node keeps an index of its own and sees none of content's events, so it replays these instead
 * ({@link IndexFollower}). Every change that comes through the {@link org.govsite.search.SearchIndex}
 * port is written here, whatever module made it, so other result types follow too. A rebuild is
 * not: each node rebuilds from the database itself.
 */
@Component
public class IndexJournal {

	private static final int BATCH = 500;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	IndexJournal(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void put(SearchEntry entry) {
		record("put", entry.id(), json.writeValueAsString(entry));
	}

	void delete(String id) {
		record("delete", id, null);
	}

	void deleteSource(String source) {
		record("delete_source", source, null);
	}

	private void record(String operation, String target, @Nullable String entry) {
		jdbc.sql("insert into search_index_journal (operation, target, entry) values (?, ?, cast(? as jsonb))")
			.params(operation, target, entry)
			.update();
	}

	/** The newest change's number, 0 when there is none. */
	public long latest() {
		return jdbc.sql("select coalesce(max(id), 0) from search_index_journal").query(Long.class).single();
	}

	/**
	 * Applies the changes after the reader's position to the engine, oldest first, and commits them
	 * with the new position. Applying a change twice does no harm (entries are replaced by id).
	 */
	public void replay(JournalReader reader, LuceneEngine engine) {
		boolean applied = false;
		while (true) {
			List<Change> changes = jdbc.sql("select id, operation, target, entry::text as entry from search_index_journal"
					+ " where id > ? or id = any(?) order by id limit ?")
				.params(reader.position(), reader.gaps(), BATCH)
				.query(Change.class)
				.list();
			for (Change change : changes) {
				switch (change.operation()) {
					case "put" -> engine.put(json.readValue(change.entry(), SearchEntry.class), 1, false);
					case "delete" -> engine.delete(change.target(), false);
					default -> engine.deleteSource(change.target(), false);
				}
				reader.read(change.id());
				applied = true;
			}
			if (changes.size() < BATCH) {
				break;
			}
		}
		if (applied || !reader.stored()) {
			engine.commitWith(JournalReader.POSITION_KEY, Long.toString(reader.position()));
			reader.markStored();
		}
	}

	/** Whether changes after the position were pruned already, so that replaying cannot catch up. */
	boolean lost(long position) {
		return jdbc.sql("select exists (select 1 from search_index_journal_pruned where id > ?)").param(position)
			.query(Boolean.class).single();
	}

	/** Forgets changes older than a week, noting up to where, so that a node further behind can tell. */
	void prune() {
		Long upTo = jdbc.sql("select max(id) from search_index_journal where recorded_at < now() - interval '7 days'")
			.query(Long.class).optional().orElse(null);
		if (upTo != null) {
			jdbc.sql("insert into search_index_journal_pruned (id) values (?) on conflict do nothing").param(upTo).update();
			jdbc.sql("delete from search_index_journal where id <= ?").param(upTo).update();
		}
	}

	private record Change(long id, String operation, String target, @Nullable String entry) {
	}

	/**
	 * Where a node is in the journal. Numbers are taken in one order and committed in another: a
	 * number skipped over may still appear when its transaction commits, so it is looked for again
	 * for a minute (after that it was a rolled-back one).
	 */
	public static final class JournalReader {

		static final String POSITION_KEY = "govsite.search.journal";

		private static final long GAP_WAIT_NANOS = 60_000_000_000L;

		private long position;

		private final java.util.Map<Long, Long> gaps = new java.util.LinkedHashMap<>();

		private boolean stored;

		public JournalReader(long position, boolean stored) {
			this.position = position;
			this.stored = stored;
		}

		public long position() {
			return position;
		}

		Long[] gaps() {
			long now = System.nanoTime();
			gaps.values().removeIf(seen -> now - seen > GAP_WAIT_NANOS);
			return gaps.keySet().toArray(Long[]::new);
		}

		void read(long id) {
			if (gaps.remove(id) != null) {
				return;
			}
			long now = System.nanoTime();
			for (long missing = position + 1; missing < id && gaps.size() < 10_000; missing++) {
				gaps.put(missing, now);
			}
			position = Math.max(position, id);
		}

		boolean stored() {
			return stored;
		}

		void markStored() {
			stored = true;
		}
	}
}
