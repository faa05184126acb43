package org.govsite.search;

import java.util.List;

import org.govsite.identity.StaffAccess;
import org.govsite.search.internal.IndexRebuild;
import org.govsite.search.internal.QueryLog;
import org.govsite.search.internal.SearchSettings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The console's use cases of search, for the system administrator: the index's state, a full
 * rebuild, the synonym, stop-word and hot-word lists, and the query log.
 */
@Service
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
public class SearchManagement {

	private final SearchIndex index;

	private final IndexRebuild rebuild;

	private final SearchSettings settings;

	private final QueryLog log;

	private final StaffAccess access;

	private final JdbcClient jdbc;

	SearchManagement(SearchIndex index, IndexRebuild rebuild, SearchSettings settings, QueryLog log, StaffAccess access,
			JdbcClient jdbc) {
		this.index = index;
		this.rebuild = rebuild;
		this.settings = settings;
		this.log = log;
		this.access = access;
		this.jdbc = jdbc;
	}

	public IndexStatus status() {
		return index.status();
	}

	/** Index events not yet handled (the lag between publishing and search). */
	public int pendingEvents() {
		return jdbc.sql("select count(*) from event_publication where completion_date is null and listener_id like :listener")
			.param("listener", "%search%")
			.query(Integer.class)
			.single();
	}

	/** Starts a full rebuild from the database; false if one runs already. */
	public boolean rebuild() {
		return rebuild.start();
	}

	/** One of the lists: {@code synonyms}, {@code stop_words}, {@code hot_words}. */
	public String list(String name) {
		return settings.text(checked(name));
	}

	public void saveList(String name, String value) {
		settings.save(checked(name), value, access.currentUsername());
	}

	public List<QueryLog.Logged> topQueries() {
		log.flush();
		return log.top(30, 50);
	}

	public List<QueryLog.Logged> queriesWithoutResults() {
		log.flush();
		return log.withoutResults(30, 50);
	}

	private static String checked(String name) {
		if (!List.of(SearchSettings.SYNONYMS, SearchSettings.STOP_WORDS, SearchSettings.HOT_WORDS).contains(name)) {
			throw new IllegalArgumentException("unknown list " + name);
		}
		return name;
	}
}
