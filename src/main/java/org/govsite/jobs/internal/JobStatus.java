package org.govsite.jobs.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How each job last ended, one row per job, instance and node (a bounded table, however often a
 * job runs), and the one-time jobs that used up their attempts, kept with their text so that they
 * can be run again from the console.
 */
@Component
public class JobStatus {

	/** The last run of a job on a node. */
	public record LastRun(String name, String instance, String node, Instant at, boolean ok, @Nullable String error,
			int failures) {
	}

	/** A one-time job that used up its attempts. */
	public record Failed(long id, String name, String instance, @Nullable String data, Instant at, String error,
			int attempts) {
	}

	private final JdbcClient jdbc;

	JobStatus(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void succeeded(String name, String instance, String node, Instant at) {
		jdbc.sql("""
				insert into job_status (name, instance, node, last_run, ok, error, failures) values (?, ?, ?, ?, true, null, 0)
				on conflict (name, instance, node) do update set last_run = excluded.last_run, ok = true, error = null, failures = 0""")
			.params(name, instance, node, Timestamp.from(at))
			.update();
	}

	void failed(String name, String instance, String node, Instant at, String error) {
		jdbc.sql("""
				insert into job_status (name, instance, node, last_run, ok, error, failures) values (?, ?, ?, ?, false, ?, 1)
				on conflict (name, instance, node) do update
				set last_run = excluded.last_run, ok = false, error = excluded.error, failures = job_status.failures + 1""")
			.params(name, instance, node, Timestamp.from(at), error)
			.update();
	}

	void gaveUp(String name, String instance, @Nullable String data, Instant at, String error, int attempts) {
		jdbc.sql("insert into job_failure (name, instance, data, failed_at, error, attempts) values (?, ?, ?, ?, ?, ?)")
			.params(name, instance, data, Timestamp.from(at), error, attempts)
			.update();
	}

	public List<LastRun> lastRuns() {
		return jdbc.sql("select name, instance, node, last_run, ok, error, failures from job_status order by name, instance, node")
			.query((rs, n) -> new LastRun(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
					rs.getBoolean(5), rs.getString(6), rs.getInt(7)))
			.list();
	}

	public List<Failed> failures(int limit) {
		return jdbc.sql("select id, name, instance, data, failed_at, error, attempts from job_failure order by failed_at desc limit ?")
			.param(limit)
			.query((rs, n) -> new Failed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getInt(7)))
			.list();
	}

	/** Takes a failure off the list, to run it again. */
	public Optional<Failed> take(long id) {
		return jdbc.sql("delete from job_failure where id = ? returning id, name, instance, data, failed_at, error, attempts")
			.param(id)
			.query((rs, n) -> new Failed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getInt(7)))
			.optional();
	}
}
