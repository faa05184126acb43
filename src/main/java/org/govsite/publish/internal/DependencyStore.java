package org.govsite.publish.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govsite.publish.internal.Page.Dependency;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which page depends on which document or channel, and how many entries each list had. */
@Component
public class DependencyStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final ZoneId zone;

	DependencyStore(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.zone = clock.getZone();
	}

	/** Replaces what the given pages depend on. */
	public void replace(long siteId, Map<String, Set<Dependency>> pages) {
		if (pages.isEmpty()) {
			return;
		}
		forget(siteId, pages.keySet());
		List<Object[]> rows = new ArrayList<>();
		pages.forEach((path, dependencies) -> dependencies
			.forEach(dependency -> rows.add(new Object[] { siteId, path, dependency.kind().name(), dependency.ref() })));
		batch.batchUpdate("insert into publish_dependency (site_id, path, kind, ref) values (?, ?, ?, ?)"
				+ " on conflict do nothing", rows);
	}

	public void forget(long siteId, Collection<String> paths) {
		if (!paths.isEmpty()) {
			jdbc.sql("delete from publish_dependency where site_id = :site and path = any(:paths)")
				.param("site", siteId)
				.param("paths", paths.toArray(String[]::new))
				.update();
		}
	}

	/** The pages of the site that depend on the document or channel this way. */
	public Set<String> pages(long siteId, Dependency.Kind kind, long ref) {
		return new LinkedHashSet<>(jdbc.sql("select path from publish_dependency where site_id = :site and kind = :kind"
				+ " and ref = :ref order by path")
			.param("site", siteId)
			.param("kind", kind.name())
			.param("ref", ref)
			.query(String.class)
			.list());
	}

	/** The sites with a page that depends on the document in any way. */
	public Set<Long> sitesShowing(long documentId) {
		return new LinkedHashSet<>(jdbc.sql("select distinct site_id from publish_dependency"
				+ " where kind in ('DOCUMENT', 'DOCUMENT_PAGE') and ref = :ref")
			.param("ref", documentId)
			.query(Long.class)
			.list());
	}

	/** The document pages of a sitemap chunk: path to the day it was last written. */
	public Map<String, @Nullable LocalDate> documentPages(long siteId, long fromId, long toId) {
		Map<String, @Nullable LocalDate> pages = new LinkedHashMap<>();
		jdbc.sql("""
				select d.path, (select m.written_at from publish_manifest m where m.site_id = d.site_id and m.path = d.path)
				from publish_dependency d
				where d.site_id = :site and d.kind = 'DOCUMENT_PAGE' and d.ref >= :from and d.ref < :to
				order by d.ref
				""")
			.param("site", siteId)
			.param("from", fromId)
			.param("to", toId)
			.query(rows -> {
				java.sql.Timestamp written = rows.getTimestamp(2);
				pages.put(rows.getString(1), written == null ? null : PageBuilder.dayOf(written.toInstant(), zone));
			});
		return pages;
	}

	/** The numbers of the sitemap chunks the site's document pages fall into. */
	public List<Long> chunks(long siteId, long chunkSize) {
		return jdbc.sql("select distinct ref / :size from publish_dependency where site_id = :site and kind = 'DOCUMENT_PAGE'"
				+ " order by 1")
			.param("size", chunkSize)
			.param("site", siteId)
			.query(Long.class)
			.list();
	}

	/** The sitemap chunks the site has published ({@code sitemap-<n>.xml}), read off the manifest by its key. */
	public List<String> publishedChunks(long siteId) {
		return jdbc.sql("select path from publish_manifest where site_id = :site and path >= 'sitemap-' and path < 'sitemap.'"
				+ " and path <> :channels")
			.param("site", siteId)
			.param("channels", PageAddresses.SITEMAP_CHANNELS)
			.query(String.class)
			.list()
			.stream()
			.sorted(java.util.Comparator.comparingLong(DependencyStore::chunkNumber))
			.toList();
	}

	private static long chunkNumber(String path) {
		String digits = path.replaceAll("\\D", "");
		return digits.isEmpty() ? Long.MAX_VALUE : Long.parseLong(digits);
	}

	/** How many entries the channel's list had when last published, if it was. */
	public @Nullable Integer listedEntries(long siteId, long channelId) {
		return jdbc.sql("select entries from publish_channel_list where site_id = :site and channel_id = :channel")
			.param("site", siteId)
			.param("channel", channelId)
			.query(Integer.class)
			.optional()
			.orElse(null);
	}

	public void listed(long siteId, long channelId, int entries) {
		jdbc.sql("""
				insert into publish_channel_list (site_id, channel_id, entries) values (:site, :channel, :entries)
				on conflict (site_id, channel_id) do update set entries = excluded.entries
				""")
			.param("site", siteId)
			.param("channel", channelId)
			.param("entries", entries)
			.update();
	}
}
