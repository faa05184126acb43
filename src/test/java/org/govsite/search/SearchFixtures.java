package org.govsite.search;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Waits for the search module's listeners and for the index to be ready. */
@Component
public class SearchFixtures {

	private final JdbcClient jdbc;

	private final SearchIndex index;

	SearchFixtures(JdbcClient jdbc, SearchIndex index) {
		this.jdbc = jdbc;
		this.index = index;
	}

	/** Waits (at most 30 s) until the index answers and every search listener has run. */
	public void settle() {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			int open = jdbc.sql("select count(*) from event_publication where completion_date is null"
					+ " and listener_id like '%search%'").query(Integer.class).single();
			if (open == 0 && index.status().ready() && !index.status().rebuilding()) {
				return;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		throw new AssertionError("search did not settle in 30 s");
	}
}
