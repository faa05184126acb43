package org.govsite.publish.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.govsite.publish.ManifestEntry;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The manifest of published files: one row per file of a site, with its SHA-256. */
@Component
public class ManifestStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	ManifestStore(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** Every file of the site: path to SHA-256. */
	public Map<String, String> digests(long siteId) {
		Map<String, String> digests = new HashMap<>();
		jdbc.sql("select path, sha256 from publish_manifest where site_id = :site").param("site", siteId)
			.query(rows -> {
				digests.put(rows.getString(1), rows.getString(2));
			});
		return digests;
	}

	/** The files of the site under a folder and under its traditional copy: path to SHA-256. */
	public Map<String, String> digestsUnder(long siteId, String folder) {
		Map<String, String> digests = new HashMap<>();
		jdbc.sql("select path, sha256 from publish_manifest where site_id = :site and (starts_with(path, :folder)"
				+ " or starts_with(path, :copy))")
			.param("site", siteId)
			.param("folder", folder)
			.param("copy", PageAddresses.TRADITIONAL + folder)
			.query(rows -> {
				digests.put(rows.getString(1), rows.getString(2));
			});
		return digests;
	}

	/** The SHA-256 of the given files of the site, for those it has. */
	public Map<String, String> digests(long siteId, Collection<String> paths) {
		Map<String, String> digests = new HashMap<>();
		if (paths.isEmpty()) {
			return digests;
		}
		jdbc.sql("select path, sha256 from publish_manifest where site_id = :site and path = any(:paths)")
			.param("site", siteId)
			.param("paths", paths.toArray(String[]::new))
			.query(rows -> {
				digests.put(rows.getString(1), rows.getString(2));
			});
		return digests;
	}

	public List<ManifestEntry> entries(long siteId) {
		return jdbc.sql("select path, sha256, size, written_at from publish_manifest where site_id = :site order by path")
			.param("site", siteId)
			.query((rows, n) -> new ManifestEntry(rows.getString(1), rows.getString(2), rows.getLong(3),
					rows.getTimestamp(4).toInstant()))
			.list();
	}

	public List<ManifestEntry> entries(long siteId, int offset, int limit) {
		return jdbc.sql("""
				select path, sha256, size, written_at from publish_manifest where site_id = :site
				order by path offset :offset limit :limit""")
			.param("site", siteId)
			.param("offset", offset)
			.param("limit", limit)
			.query((rows, n) -> new ManifestEntry(rows.getString(1), rows.getString(2), rows.getLong(3),
					rows.getTimestamp(4).toInstant()))
			.list();
	}

	public void record(long siteId, List<ManifestEntry> written) {
		if (written.isEmpty()) {
			return;
		}
		batch.batchUpdate("""
				insert into publish_manifest (site_id, path, sha256, size, written_at) values (?, ?, ?, ?, ?)
				on conflict (site_id, path) do update set sha256 = excluded.sha256, size = excluded.size,
				written_at = excluded.written_at
				""", written, 1000, (statement, entry) -> {
			statement.setLong(1, siteId);
			statement.setString(2, entry.path());
			statement.setString(3, entry.sha256());
			statement.setLong(4, entry.size());
			statement.setTimestamp(5, Timestamp.from(entry.writtenAt()));
		});
	}

	public void forget(long siteId, Collection<String> paths) {
		if (!paths.isEmpty()) {
			jdbc.sql("delete from publish_manifest where site_id = :site and path = any(:paths)")
				.param("site", siteId)
				.param("paths", paths.toArray(String[]::new))
				.update();
		}
	}

	public static ManifestEntry entry(String path, String sha256, long size, Instant writtenAt) {
		return new ManifestEntry(path, sha256, size, writtenAt);
	}
}
