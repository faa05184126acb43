package org.govsite.publish.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.govsite.publish.JobKind;
import org.govsite.publish.JobState;
import org.govsite.publish.PublishJobView;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The queue of publish jobs in PostgreSQL, shared by the workers of every admin node: claimed with
 * {@code FOR UPDATE SKIP LOCKED}, one job per site at a time.
 */
@Component
public class JobStore {

	private static final String COLUMNS = """
			id, site_id, kind, document_ids, channel_ids, reason, requested_by, state, attempts, progress_done,
			progress_total, files_written, files_unchanged, error, created_at, started_at, finished_at, not_before
			""";

	/** Serializes claims across nodes, so that no two workers take jobs of the same site. */
	private static final long CLAIM_LOCK = 0x7075626c697368L;

	private final JdbcClient jdbc;

	private final List<Runnable> queuedListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

	JobStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Tells the node's worker when a job is queued here, once the queuing transaction commits. */
	void whenQueued(Runnable listener) {
		queuedListeners.add(listener);
	}

	private void queued() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					queuedListeners.forEach(Runnable::run);
				}
			});
		}
		else {
			queuedListeners.forEach(Runnable::run);
		}
	}

	/**
	 * Lets the caller's transaction (an event listener's, a job's finish) commit without waiting for the disk. Safe
	 * for a job queued from an event of the registry: the event's publication is marked complete only
	 * after (or with) the listener's commit, by a commit that waits, and PostgreSQL's log is written in
	 * order; so a crash either keeps the job or leaves the event incomplete, and the registry delivers it
	 * again on restart ({@code republish-outstanding-events-on-restart}). It spares the disk flush on
	 * the way from a reviewer's approval to the worker's start.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public void commitWithoutWaitingForDisk() {
		jdbc.sql("set local synchronous_commit = off").update();
	}

	/**
	 * Queues a job. A change joins the site's incremental job still waiting, if any; nothing is
	 * queued for a change while a full publish of the site waits (it will include it).
	 */
	@Transactional
	public long enqueue(long siteId, JobKind kind, Set<Long> documentIds, Set<Long> channelIds, String reason,
			@Nullable String requestedBy, Instant now) {
		Optional<Long> waitingFull = jdbc.sql("select id from publish_job where site_id = :site and kind = 'FULL'"
				+ " and state = 'QUEUED' order by id limit 1")
			.param("site", siteId)
			.query(Long.class)
			.optional();
		if (waitingFull.isPresent()) {
			return waitingFull.get();
		}
		queued();
		if (kind == JobKind.PAGES) {
			Optional<Long> waiting = jdbc.sql("select id from publish_job where site_id = :site and kind = 'PAGES'"
					+ " and state = 'QUEUED' and attempts = 0 order by id limit 1")
				.param("site", siteId)
				.query(Long.class)
				.optional();
			if (waiting.isPresent()) {
				return waiting.get();
			}
		}
		if (kind == JobKind.INCREMENTAL) {
			Optional<Long> joined = jdbc.sql("""
					update publish_job set
					    document_ids = array(select distinct unnest(document_ids || :documents::bigint[]) order by 1),
					    channel_ids = array(select distinct unnest(channel_ids || :channels::bigint[]) order by 1)
					where id = (select id from publish_job where site_id = :site and kind = 'INCREMENTAL'
					            and state = 'QUEUED' and attempts = 0 order by id limit 1)
					  and state = 'QUEUED'
					returning id
					""")
				.param("documents", documentIds.toArray(Long[]::new))
				.param("channels", channelIds.toArray(Long[]::new))
				.param("site", siteId)
				.query(Long.class)
				.optional();
			if (joined.isPresent()) {
				return joined.get();
			}
		}
		return jdbc.sql("""
				insert into publish_job (site_id, kind, document_ids, channel_ids, reason, requested_by, state, created_at,
				                         not_before)
				values (:site, :kind, :documents, :channels, :reason, :by, 'QUEUED', :now, :now) returning id
				""")
			.param("site", siteId)
			.param("kind", kind.name())
			.param("documents", documentIds.toArray(Long[]::new))
			.param("channels", channelIds.toArray(Long[]::new))
			.param("reason", reason)
			.param("by", requestedBy)
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	/**
	 * Takes the oldest job that may run now and whose site has no running job; first gives the
	 * jobs of a node that stopped showing signs of life back to the queue. A full publish taken
	 * also settles the incremental jobs of its site that were waiting: it covers them.
	 * <p>
	 * The claim's commit does not wait for the disk: it is seen by every other node's claim as soon as
	 * it commits, whatever the disk; only a crash of PostgreSQL itself can lose it, and then the job is
	 * simply queued (or running with an old sign of life) again and runs once more, the worker that
	 * held it having lost its connection. It spares a flush of PostgreSQL's log before every job.
	 */
	@Transactional
	public Optional<ClaimedJob> claim(Instant now, Instant staleBefore) {
		jdbc.sql("select pg_advisory_xact_lock(:lock), set_config('synchronous_commit', 'off', true)")
			.param("lock", CLAIM_LOCK)
			.query()
			.listOfRows();
		jdbc.sql("update publish_job set state = 'QUEUED', not_before = :now where state = 'RUNNING'"
				+ " and heartbeat_at < :stale")
			.param("now", Timestamp.from(now))
			.param("stale", Timestamp.from(staleBefore))
			.update();
		Optional<ClaimedJob> job = jdbc.sql("""
				update publish_job set state = 'RUNNING', attempts = attempts + 1, started_at = :now, heartbeat_at = :now,
				    progress_done = 0, progress_total = 0
				where id = (select j.id from publish_job j where j.state = 'QUEUED' and j.not_before <= :now
				            and not exists (select 1 from publish_job r where r.site_id = j.site_id and r.state = 'RUNNING')
				            order by j.id limit 1 for update skip locked)
				returning id, site_id, kind, document_ids, channel_ids, attempts
				""")
			.param("now", Timestamp.from(now))
			.query((rows, n) -> new ClaimedJob(rows.getLong("id"), rows.getLong("site_id"),
					JobKind.valueOf(rows.getString("kind")), ids(rows, "document_ids"), ids(rows, "channel_ids"),
					rows.getInt("attempts")))
			.optional();
		job.filter(claimed -> claimed.kind() == JobKind.FULL).ifPresent(full -> jdbc.sql("""
				update publish_job set state = 'DONE', finished_at = :now, error = null
				where site_id = :site and kind in ('INCREMENTAL', 'PAGES') and state = 'QUEUED' and id < :id
				""")
			.param("now", Timestamp.from(now))
			.param("site", full.siteId())
			.param("id", full.id())
			.update());
		return job;
	}

	/**
	 * Records a running job's progress, which is also its sign of life. The commit does not wait for
	 * the disk, as the run's bookkeeping does not (see {@link PublishRecords}): a report lost in a
	 * crash only makes the job look older, and the finish, whose commit waits, settles it.
	 */
	@Transactional
	public void progress(long jobId, int done, int total, Instant now) {
		jdbc.sql("set local synchronous_commit = off").update();
		jdbc.sql("update publish_job set progress_done = :done, progress_total = :total, heartbeat_at = :now where id = :id")
			.param("done", done)
			.param("total", total)
			.param("now", Timestamp.from(now))
			.param("id", jobId)
			.update();
	}

	public void finished(long jobId, int written, int unchanged, Instant now) {
		jdbc.sql("""
				update publish_job set state = 'DONE', finished_at = :now, error = null, files_written = :written,
				    files_unchanged = :unchanged, progress_done = greatest(progress_done, progress_total)
				where id = :id
				""")
			.param("now", Timestamp.from(now))
			.param("written", written)
			.param("unchanged", unchanged)
			.param("id", jobId)
			.update();
	}

	/**
	 * Holds a queued job until the given time: the changes queued meanwhile join it (a full publish
	 * waiting takes them all) instead of queuing jobs of their own.
	 */
	public void hold(long jobId, Instant until) {
		jdbc.sql("update publish_job set not_before = :until where id = :id and state = 'QUEUED'")
			.param("until", Timestamp.from(until))
			.param("id", jobId)
			.update();
	}

	/** Lets a held job run now; the node's worker is told once the transaction commits. */
	@Transactional
	public void release(long jobId, Instant now) {
		int released = jdbc.sql("update publish_job set not_before = :now where id = :id and state = 'QUEUED'"
				+ " and not_before > :now")
			.param("now", Timestamp.from(now))
			.param("id", jobId)
			.update();
		if (released > 0) {
			queued();
		}
	}

	/** Records a failed run: queued again after the delay, or failed for good when retry is null. */
	public void failed(long jobId, String error, @Nullable Instant retryAt, Instant now) {
		jdbc.sql("""
				update publish_job set state = :state, error = :error,
				    not_before = coalesce(cast(:retry as timestamptz), not_before),
				    finished_at = cast(:finished as timestamptz)
				where id = :id
				""")
			.param("state", retryAt == null ? JobState.FAILED.name() : JobState.QUEUED.name())
			.param("error", error.length() > 2000 ? error.substring(0, 2000) : error)
			.param("retry", retryAt == null ? null : Timestamp.from(retryAt))
			.param("finished", retryAt == null ? Timestamp.from(now) : null)
			.param("id", jobId)
			.update();
	}

	/** Queues a failed job again, as a new try. */
	public boolean retry(long jobId, Instant now) {
		return jdbc.sql("update publish_job set state = 'QUEUED', not_before = :now, attempts = 0, finished_at = null"
				+ " where id = :id and state = 'FAILED'")
			.param("now", Timestamp.from(now))
			.param("id", jobId)
			.update() == 1;
	}

	public Optional<PublishJobView> find(long jobId) {
		return jdbc.sql("select " + COLUMNS + " from publish_job where id = :id").param("id", jobId)
			.query(JobStore::view)
			.optional();
	}

	/** The newest jobs, of the given sites or (null) of all. */
	public List<PublishJobView> recent(@Nullable Collection<Long> siteIds, int limit) {
		return jdbc.sql("select " + COLUMNS + " from publish_job"
				+ (siteIds == null ? "" : " where site_id = any(:sites)") + " order by id desc limit :limit")
			.paramSource(new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
				.addValue("sites", siteIds == null ? null : siteIds.toArray(Long[]::new))
				.addValue("limit", limit))
			.query(JobStore::view)
			.list();
	}

	/** Jobs that failed for good and whose site has not been published successfully since. */
	public List<PublishJobView> unresolvedFailures() {
		return jdbc.sql("select " + COLUMNS + " from publish_job f where f.state = 'FAILED' and not exists"
				+ " (select 1 from publish_job d where d.site_id = f.site_id and d.state = 'DONE' and d.kind = 'FULL'"
				+ " and d.id > f.id) order by f.id desc limit 50")
			.query(JobStore::view)
			.list();
	}

	/** Whether a job of the site is running now: its files may be ahead of the manifest. */
	public boolean running(long siteId) {
		return jdbc.sql("select exists (select 1 from publish_job where site_id = :site and state = 'RUNNING')")
			.param("site", siteId)
			.query(Boolean.class)
			.single();
	}

	/** Whether the site has a job queued or running. */
	public boolean busy(long siteId) {
		return jdbc.sql("select exists (select 1 from publish_job where site_id = :site and state in ('QUEUED', 'RUNNING'))")
			.param("site", siteId)
			.query(Boolean.class)
			.single();
	}

	private static Set<Long> ids(ResultSet rows, String column) throws SQLException {
		Long[] values = (Long[]) rows.getArray(column).getArray();
		return new java.util.LinkedHashSet<>(List.of(values));
	}

	private static PublishJobView view(ResultSet rows, int n) throws SQLException {
		return new PublishJobView(rows.getLong("id"), rows.getLong("site_id"), "", JobKind.valueOf(rows.getString("kind")),
				rows.getString("reason"), rows.getString("requested_by"), JobState.valueOf(rows.getString("state")),
				rows.getInt("attempts"), rows.getInt("progress_done"), rows.getInt("progress_total"),
				rows.getInt("files_written"), rows.getInt("files_unchanged"), rows.getString("error"),
				instant(rows, "created_at"), nullableInstant(rows, "started_at"), nullableInstant(rows, "finished_at"),
				instant(rows, "not_before"));
	}

	private static Instant instant(ResultSet rows, String column) throws SQLException {
		return rows.getTimestamp(column).toInstant();
	}

	private static @Nullable Instant nullableInstant(ResultSet rows, String column) throws SQLException {
		Timestamp value = rows.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	/** A job a worker took. */
	public record ClaimedJob(long id, long siteId, JobKind kind, Set<Long> documentIds, Set<Long> channelIds,
			int attempt) {
	}
}
