package org.govsite.publish.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govsite.publish.ManifestEntry;
import org.govsite.publish.internal.Page.Dependency;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a batch of a run's bookkeeping (manifest rows, page dependencies, files removed) in one
 * transaction that does not wait for the disk ({@code synchronous_commit = off}): PostgreSQL's log is
 * written in order, so once the commit that marks the job done is durable all its bookkeeping is too
 * (that commit does not wait either, see {@link FinishedJobs}); a job that dies before that runs again.
 * This saves a disk flush per statement, which is most of an incremental publish's time otherwise.
 */
@Component
public class PublishRecords {

	private final JdbcClient jdbc;

	private final ManifestStore manifest;

	private final DependencyStore dependencies;

	PublishRecords(JdbcClient jdbc, ManifestStore manifest, DependencyStore dependencies) {
		this.jdbc = jdbc;
		this.manifest = manifest;
		this.dependencies = dependencies;
	}

	@Transactional
	public void store(long siteId, List<ManifestEntry> written, Map<String, Set<Dependency>> pages) {
		store(siteId, written, pages, Map.of());
	}

	/** The same, with how many entries each channel's list has now (see {@link #listed}), in the one transaction. */
	@Transactional
	public void store(long siteId, List<ManifestEntry> written, Map<String, Set<Dependency>> pages,
			Map<Long, Integer> listed) {
		relaxCommit();
		manifest.record(siteId, written);
		dependencies.replace(siteId, pages);
		listed.forEach((channelId, count) -> dependencies.listed(siteId, channelId, count));
	}

	/** Forgets removed files and pages. */
	@Transactional
	public void forget(long siteId, Collection<String> files, Collection<String> pages) {
		relaxCommit();
		manifest.forget(siteId, files);
		dependencies.forget(siteId, pages);
	}

	/** Remembers how many entries each channel's list had. */
	@Transactional
	public void listed(long siteId, Map<Long, Integer> entries) {
		relaxCommit();
		entries.forEach((channelId, count) -> dependencies.listed(siteId, channelId, count));
	}

	private void relaxCommit() {
		jdbc.sql("set local synchronous_commit = off").update();
	}
}
