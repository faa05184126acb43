package org.govsite.guard.internal;

import java.time.Clock;
import java.util.List;

import org.govsite.guard.FindingCategory;
import org.govsite.guard.FindingLevel;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dictionaries and the whitelist in the database; every change raises the version. */
@Repository
public class DictionaryStore {

	/** An entry as the console lists it. */
	public record StoredEntry(long id, DictionaryEntry entry) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	DictionaryStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public List<StoredEntry> entries() {
		return jdbc.sql("select id, category, level, pattern, suggestion from guard_entry order by category, pattern")
			.query((rs, row) -> new StoredEntry(rs.getLong("id"),
					new DictionaryEntry(FindingCategory.ofCode(rs.getString("category")), FindingLevel.ofCode(rs.getString("level")),
							rs.getString("pattern"), rs.getString("suggestion"))))
			.list();
	}

	public List<String> knownWords() {
		return jdbc.sql("select word from guard_known_word order by word").query(String.class).list();
	}

	public long version() {
		return Long.parseLong(jdbc.sql("select value from guard_state where name = 'version'").query(String.class).single());
	}

	/** Adds the entry, or changes the level and suggestion of the one with its category and pattern. */
	public void save(DictionaryEntry entry, @Nullable String by) {
		jdbc.sql("""
				insert into guard_entry (category, level, pattern, suggestion, updated_at, updated_by)
				values (:category, :level, :pattern, :suggestion, :at, :by)
				on conflict (category, pattern) do update set level = excluded.level, suggestion = excluded.suggestion,
				    updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
			.param("category", entry.category().code())
			.param("level", entry.level().code())
			.param("pattern", entry.pattern())
			.param("suggestion", entry.suggestion())
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.param("by", by)
			.update();
		changed();
	}

	public boolean delete(long id) {
		boolean deleted = jdbc.sql("delete from guard_entry where id = :id").param("id", id).update() > 0;
		changed();
		return deleted;
	}

	public void saveWord(String word, @Nullable String by) {
		jdbc.sql("""
				insert into guard_known_word (word, updated_at, updated_by) values (:word, :at, :by)
				on conflict (word) do nothing""")
			.param("word", word.strip())
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.param("by", by)
			.update();
		changed();
	}

	public boolean deleteWord(String word) {
		boolean deleted = jdbc.sql("delete from guard_known_word where word = :word").param("word", word).update() > 0;
		changed();
		return deleted;
	}

	/**
	 * Whether the shipped defaults are still to be loaded; claims the loading (in the caller's
	 * transaction), so that of several nodes starting together one loads them.
	 */
	public boolean claimDefaults() {
		return jdbc.sql("insert into guard_state (name, value) values ('defaults', :at) on conflict (name) do nothing")
			.param("at", clock.instant().toString())
			.update() > 0;
	}

	private void changed() {
		jdbc.sql("update guard_state set value = (value::bigint + 1)::text where name = 'version'").update();
	}
}
