package org.govsite.servicecatalog.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;

import org.govsite.servicecatalog.FeedRun;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The imports from the 政务服务 system's item feed, newest first. */
@Repository
public class FeedRunStore {

	private final JdbcClient jdbc;

	FeedRunStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(FeedRun run) {
		jdbc.sql("insert into service_feed_run (ran_at, added, updated, unchanged, errors)"
				+ " values (:at, :added, :updated, :unchanged, :errors)")
			.param("at", OffsetDateTime.ofInstant(run.ranAt(), ZoneOffset.UTC))
			.param("added", run.added())
			.param("updated", run.updated())
			.param("unchanged", run.unchanged())
			.param("errors", run.errors().toArray(String[]::new))
			.update();
	}

	public Optional<FeedRun> last() {
		return jdbc.sql("select ran_at, added, updated, unchanged, errors from service_feed_run order by ran_at desc, id desc limit 1")
			.query((rs, n) -> new FeedRun(rs.getTimestamp("ran_at").toInstant(), rs.getInt("added"), rs.getInt("updated"),
					rs.getInt("unchanged"), Arrays.asList((String[]) rs.getArray("errors").getArray())))
			.optional();
	}
}
