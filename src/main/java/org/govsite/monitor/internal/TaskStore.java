package org.govsite.monitor.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.govsite.monitor.Problem;
import org.govsite.monitor.ProblemKind;
import org.govsite.monitor.ProblemYear;
import org.govsite.monitor.RectificationTask;
import org.govsite.monitor.ResponseEvidence;
import org.govsite.monitor.TaskState;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rectification tasks: at most one not closed per site, kind and subject. */
@Repository
public class TaskStore {

	private static final String COLUMNS = "id, site_id, kind, subject, channel_id, detail, evidence, owner, check_name,"
			+ " found_at, last_seen_at, due_on, state, fixed_at, fixed_by, closed_at, recheck_failed_at";

	private final JdbcClient jdbc;

	TaskStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The task not closed for the problem's site, kind and subject, if any. */
	public Optional<RectificationTask> unclosed(long siteId, ProblemKind kind, String subject) {
		return jdbc.sql("select " + COLUMNS + " from monitor_task where site_id = ? and kind = ? and subject = ?"
				+ " and state <> 'closed'")
			.params(siteId, kind.code(), subject)
			.query(TaskStore::task)
			.optional();
	}

	public long open(long siteId, Problem problem, String check, @Nullable String owner, Instant now, LocalDate dueOn) {
		long id = jdbc.sql("insert into monitor_task (site_id, kind, subject, channel_id, detail, evidence, owner, check_name,"
				+ " found_at, last_seen_at, due_on, state) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open') returning id")
			.params(siteId, problem.kind().code(), problem.subject(), problem.channelId(), problem.detail(),
					problem.evidence(), owner, check, Timestamp.from(now), Timestamp.from(now), Date.valueOf(dueOn))
			.query(Long.class)
			.single();
		keep(id, problem.response());
		return id;
	}

	/** Seen again: its detail and evidence brought up to date. */
	public void seen(long id, Problem problem, Instant now) {
		jdbc.sql("update monitor_task set last_seen_at = ?, detail = ?, evidence = ? where id = ?")
			.params(Timestamp.from(now), problem.detail(), problem.evidence(), id)
			.update();
		keep(id, problem.response());
	}

	/** The newest answer that showed the task's problem, if one was kept. */
	public Optional<ResponseEvidence> response(long taskId) {
		return jdbc.sql("select address, captured_at, status, headers, body_head from monitor_task_response where task_id = ?")
			.param(taskId)
			.query((rs, row) -> {
				int status = rs.getInt("status");
				return new ResponseEvidence(rs.getString("address"), rs.getTimestamp("captured_at").toInstant(),
						rs.wasNull() ? null : status, rs.getString("headers"), rs.getBytes("body_head"));
			})
			.optional();
	}

	private void keep(long taskId, @Nullable ResponseEvidence response) {
		if (response == null) {
			return;
		}
		jdbc.sql("insert into monitor_task_response (task_id, address, captured_at, status, headers, body_head)"
				+ " values (?, ?, ?, ?, ?, ?) on conflict (task_id) do update set address = excluded.address,"
				+ " captured_at = excluded.captured_at, status = excluded.status, headers = excluded.headers,"
				+ " body_head = excluded.body_head")
			.params(taskId, response.address(), Timestamp.from(response.at()), response.status(), response.headers(),
					response.firstBytes())
			.update();
	}

	/** The owner said it is fixed, and the re-check still found it: open again. */
	public void recheckFailed(long id, Instant now) {
		jdbc.sql("update monitor_task set state = 'open', recheck_failed_at = ? where id = ?")
			.params(Timestamp.from(now), id)
			.update();
	}

	public void markFixed(long id, String by, Instant now) {
		jdbc.sql("update monitor_task set state = 'awaiting-recheck', fixed_at = ?, fixed_by = ? where id = ? and state = 'open'")
			.params(Timestamp.from(now), by, id)
			.update();
	}

	public void close(Collection<Long> ids, Instant now) {
		for (long id : ids) {
			jdbc.sql("update monitor_task set state = 'closed', closed_at = ? where id = ? and state <> 'closed'")
				.params(Timestamp.from(now), id)
				.update();
		}
	}

	public Optional<RectificationTask> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from monitor_task where id = ?").param(id).query(TaskStore::task).optional();
	}

	/** The site's tasks not closed that the check found. */
	public List<RectificationTask> unclosedOf(long siteId, String check) {
		return jdbc.sql("select " + COLUMNS + " from monitor_task where site_id = ? and state <> 'closed'"
				+ " and check_name = ? order by id")
			.params(siteId, check)
			.query(TaskStore::task)
			.list();
	}

	/** Every task not closed, of the sites given (null: every site), oldest deadline first. */
	public List<RectificationTask> unclosed(@Nullable Collection<Long> siteIds) {
		if (siteIds == null) {
			return jdbc.sql("select " + COLUMNS + " from monitor_task where state <> 'closed' order by due_on, id")
				.query(TaskStore::task)
				.list();
		}
		return jdbc.sql("select " + COLUMNS + " from monitor_task where state <> 'closed' and site_id = any(?) order by due_on, id")
			.param(siteIds.toArray(Long[]::new))
			.query(TaskStore::task)
			.list();
	}

	/** Per kind, the tasks found and those closed between the two instants, across every site. */
	public List<ProblemYear> counts(Instant from, Instant to) {
		return jdbc.sql("""
				select kind, count(*) filter (where found_at >= :from and found_at < :to) as found,
				  count(*) filter (where closed_at >= :from and closed_at < :to) as closed
				from monitor_task group by kind order by kind""")
			.param("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
			.param("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
			.query((rs, n) -> new ProblemYear(ProblemKind.ofCode(rs.getString("kind")), rs.getInt("found"), rs.getInt("closed")))
			.list();
	}

	/** The tasks not closed that the user owns. */
	public List<RectificationTask> ownedBy(String owner) {
		return jdbc.sql("select " + COLUMNS + " from monitor_task where state <> 'closed' and owner = ? order by due_on, id")
			.param(owner)
			.query(TaskStore::task)
			.list();
	}

	/** The site's tasks closed since the given time, newest first. */
	public List<RectificationTask> closedSince(long siteId, Instant since) {
		return jdbc.sql("select " + COLUMNS + " from monitor_task where site_id = ? and state = 'closed' and closed_at >= ?"
				+ " order by closed_at desc")
			.params(siteId, Timestamp.from(since))
			.query(TaskStore::task)
			.list();
	}

	/** The tasks not closed whose deadline is the day given or earlier, not yet reminded of that day. */
	public List<RectificationTask> toRemind(LocalDate by) {
		return jdbc.sql("select " + COLUMNS + " from monitor_task where state = 'open' and owner is not null and due_on <= ?"
				+ " and (reminded_on is null or reminded_on < ?) order by id")
			.params(Date.valueOf(by), Date.valueOf(by))
			.query(TaskStore::task)
			.list();
	}

	public void reminded(long id, LocalDate on) {
		jdbc.sql("update monitor_task set reminded_on = ? where id = ?").params(Date.valueOf(on), id).update();
	}

	private static RectificationTask task(ResultSet rs, int row) throws SQLException {
		long channel = rs.getLong("channel_id");
		Long channelId = rs.wasNull() ? null : channel;
		return new RectificationTask(rs.getLong("id"), rs.getLong("site_id"), ProblemKind.ofCode(rs.getString("kind")),
				rs.getString("subject"), channelId, rs.getString("detail"), rs.getString("evidence"), rs.getString("owner"),
				rs.getString("check_name"), rs.getTimestamp("found_at").toInstant(), rs.getTimestamp("last_seen_at").toInstant(),
				rs.getDate("due_on").toLocalDate(), TaskState.ofCode(rs.getString("state")), instant(rs, "fixed_at"),
				rs.getString("fixed_by"), instant(rs, "closed_at"), instant(rs, "recheck_failed_at"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
