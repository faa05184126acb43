package org.govsite.migration.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.govsite.migration.CrawlRules;
import org.govsite.migration.MigrationRequest;
import org.govsite.migration.MigrationState;
import org.govsite.migration.MigrationView;
import org.govsite.migration.PageKind;
import org.govsite.migration.PageLine;
import org.govsite.migration.PageReading;
import org.govsite.migration.SectionView;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The migrations, their pages (the crawl's frontier and readings), sections and redirects. */
@Repository
public class MigrationStore {

	/** A page waiting to be fetched. */
	public record Queued(long id, String url, int depth, int attempts) {
	}

	/** A detail page read and not yet imported. */
	public record Readable(long id, String url, String section, @Nullable String title, @Nullable LocalDate date,
			@Nullable String source, @Nullable String body, List<String> attachments) {
	}

	private static final String VIEW = """
			select r.*,
			    (select count(*) from migration_page p where p.migration_id = r.id and p.state = 'QUEUED') queued,
			    (select count(*) from migration_page p where p.migration_id = r.id and p.state in ('DONE', 'IMPORTED')) done,
			    (select count(*) from migration_page p where p.migration_id = r.id and p.state = 'FAILED') failed,
			    (select count(*) from migration_page p where p.migration_id = r.id and p.state = 'IMPORTED') imported
			from migration_run r""";

	private final JdbcClient jdbc;

	MigrationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long create(MigrationRequest request, String host, CrawlRules rules, String actor, Instant now) {
		return jdbc.sql("""
				insert into migration_run (site_id, old_site_id, name, start_url, host, detail_pattern, list_pattern,
				    exclude_pattern, title_selector, date_selector, source_selector, body_selector, concurrency,
				    delay_millis, max_pages, publish, sitemap_url, state, created_by, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'NEW', ?, ?, ?) returning id""")
			.params(request.siteId(), request.oldSiteId(), request.name().strip(), request.startUrl().strip(), host,
					rules.detailPattern(), rules.listPattern(), rules.excludePattern(), rules.titleSelector(),
					rules.dateSelector(), rules.sourceSelector(), rules.bodySelector(), request.concurrency(),
					request.delayMillis(), request.maxPages(), request.publish(), request.sitemapUrl(), actor, Timestamp.from(now),
					Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	public Optional<MigrationView> find(long id, java.util.function.LongFunction<String> siteName) {
		return jdbc.sql(VIEW + " where r.id = ?").param(id).query((rs, n) -> view(rs, siteName)).optional();
	}

	public List<MigrationView> all(java.util.function.LongFunction<String> siteName) {
		return jdbc.sql(VIEW + " order by r.id desc").query((rs, n) -> view(rs, siteName)).list();
	}

	public void rules(long id, CrawlRules rules, Instant now) {
		jdbc.sql("""
				update migration_run set detail_pattern = ?, list_pattern = ?, exclude_pattern = ?, title_selector = ?,
				    date_selector = ?, source_selector = ?, body_selector = ?, updated_at = ? where id = ?""")
			.params(rules.detailPattern(), rules.listPattern(), rules.excludePattern(), rules.titleSelector(),
					rules.dateSelector(), rules.sourceSelector(), rules.bodySelector(), Timestamp.from(now), id)
			.update();
	}

	public void state(long id, MigrationState state, @Nullable String error, Instant now) {
		jdbc.sql("update migration_run set state = ?, error = ?, updated_at = ? where id = ?")
			.params(state.name(), error, Timestamp.from(now), id)
			.update();
	}

	/**
	 * Keeps a job's failure with the migration; its state stays, so that a retry goes on.
	 *
	 * @return the job's failures in a row since the operator last started it
	 */
	public int jobFailed(long id, String error, Instant now) {
		return jdbc.sql("""
				update migration_run set error = ?, job_failures = job_failures + 1, updated_at = ? where id = ?
				returning job_failures""").params(error, Timestamp.from(now), id).query(Integer.class).single();
	}

	/** The operator starts a job again: it has all its attempts. */
	public void jobStarted(long id) {
		jdbc.sql("update migration_run set job_failures = 0 where id = ?").param(id).update();
	}

	/** How the documents are imported: published with the approver on record, or for review (no approver). */
	public void importAs(long id, boolean publish, @Nullable String approver) {
		jdbc.sql("update migration_run set publish = ?, approved_by = ? where id = ?").params(publish, approver, id).update();
	}

	public MigrationState stateOf(long id) {
		return MigrationState.valueOf(jdbc.sql("select state from migration_run where id = ?").param(id).query(String.class).single());
	}

	/**
	 * Adds pages to the frontier, in the order given; known addresses are left as they are. One
	 * statement for all (a list page links to dozens, most of them known already).
	 */
	public void enqueue(long id, List<String> urls, int depth) {
		if (urls.isEmpty()) {
			return;
		}
		jdbc.sql("""
				insert into migration_page (migration_id, url, depth, state)
				select ?, url, ?, 'QUEUED' from unnest(cast(? as text[])) with ordinality as link(url, position)
				order by position
				on conflict (migration_id, url) do nothing""").params(id, depth, urls.toArray(String[]::new)).update();
	}

	public int pageCount(long id) {
		return jdbc.sql("select count(*) from migration_page where migration_id = ?").param(id).query(Integer.class).single();
	}

	public int fetchedCount(long id) {
		return jdbc.sql("select count(*) from migration_page where migration_id = ? and state <> 'QUEUED'")
			.param(id)
			.query(Integer.class)
			.single();
	}

	public List<Queued> queued(long id, int limit) {
		// pages tried again wait behind the fresh ones: the old site may have recovered by then
		return jdbc.sql("""
				select id, url, depth, attempts from migration_page where migration_id = ? and state = 'QUEUED'
				order by attempts, id limit ?""")
			.params(id, limit)
			.query((rs, n) -> new Queued(rs.getLong("id"), rs.getString("url"), rs.getInt("depth"), rs.getInt("attempts")))
			.list();
	}

	public void read(long pageId, int status, String charset, PageReading reading, Instant now) {
		jdbc.sql("""
				update migration_page set state = 'DONE', kind = ?, section = ?, http_status = ?, charset = ?, error = null,
				    title = ?, original_date = ?, source = ?, body = ?, attachments = ?, fetched_at = ? where id = ?""")
			.params(reading.kind().name(), reading.section(), status, charset, reading.title(), reading.date(),
					reading.source(), reading.body(), reading.attachments().toArray(String[]::new), Timestamp.from(now), pageId)
			.update();
	}

	public void failed(long pageId, @Nullable Integer status, String error, Instant now) {
		jdbc.sql("""
				update migration_page set state = 'FAILED', attempts = attempts + 1, http_status = ?, error = ?, fetched_at = ?
				where id = ?""")
			.params(status, error, Timestamp.from(now), pageId)
			.update();
	}

	/** A failure that may pass: the page stays queued, with the error it got, for another attempt. */
	public void retry(long pageId, @Nullable Integer status, String error, Instant now) {
		jdbc.sql("""
				update migration_page set attempts = attempts + 1, http_status = ?, error = ?, fetched_at = ? where id = ?""")
			.params(status, error, Timestamp.from(now), pageId)
			.update();
	}

	public void skipped(long pageId, String reason, Instant now) {
		jdbc.sql("update migration_page set state = 'SKIPPED', error = ?, fetched_at = ? where id = ?")
			.params(reason, Timestamp.from(now), pageId)
			.update();
	}

	/** Counts the detail pages per section, keeping the operator's choices, and names each section by its index page. */
	public void collectSections(long id) {
		jdbc.sql("""
				insert into migration_section (migration_id, section, label)
				select ?, section, (select l.title from migration_page l where l.migration_id = ? and l.section = d.section
				        and l.kind = 'LIST' and l.title is not null order by length(l.url), l.id limit 1)
				from migration_page d where d.migration_id = ? and d.kind = 'DETAIL' group by section
				on conflict (migration_id, section) do update set label = excluded.label""").params(id, id, id).update();
	}

	public List<SectionView> sections(long id) {
		return jdbc.sql("""
				select s.*, (select count(*) from migration_page p where p.migration_id = s.migration_id
				    and p.section = s.section and p.kind = 'DETAIL') documents
				from migration_section s where s.migration_id = ? order by s.section""")
			.param(id)
			.query((rs, n) -> new SectionView(rs.getString("section"), rs.getString("label"), rs.getInt("documents"),
					(Long) rs.getObject("suggested_channel_id"), (Long) rs.getObject("channel_id")))
			.list();
	}

	public void suggest(long id, String section, @Nullable Long channelId) {
		jdbc.sql("update migration_section set suggested_channel_id = ? where migration_id = ? and section = ?")
			.params(channelId, id, section)
			.update();
	}

	public void map(long id, String section, @Nullable Long channelId) {
		jdbc.sql("update migration_section set channel_id = ? where migration_id = ? and section = ?")
			.params(channelId, id, section)
			.update();
	}

	/** Detail pages read in the given sections and not imported yet. */
	public List<Readable> toImport(long id, java.util.Collection<String> sections, int limit) {
		return jdbc.sql("""
				select id, url, section, title, original_date, source, body, attachments from migration_page
				where migration_id = ? and state = 'DONE' and kind = 'DETAIL' and section = any(?) order by id limit ?""")
			.params(id, sections.toArray(String[]::new), limit)
			.query((rs, n) -> new Readable(rs.getLong("id"), rs.getString("url"), rs.getString("section"),
					rs.getString("title"), rs.getObject("original_date", LocalDate.class), rs.getString("source"),
					rs.getString("body"), strings(rs.getArray("attachments"))))
			.list();
	}

	/** The pages read that are not documents: lists and others (their title and body left empty). */
	public List<Readable> otherPages(long id) {
		return jdbc.sql("""
				select id, url, section from migration_page where migration_id = ? and state = 'DONE' and kind <> 'DETAIL'""")
			.param(id)
			.query((rs, n) -> new Readable(rs.getLong("id"), rs.getString("url"), rs.getString("section"), null, null, null,
					null, List.of()))
			.list();
	}

	public void imported(long migrationId, long pageId, String url, long documentId, String newUrl, @Nullable String problem) {
		jdbc.sql("update migration_page set state = 'IMPORTED', document_id = ?, new_url = ?, error = ? where id = ?")
			.params(documentId, newUrl, problem, pageId)
			.update();
		redirect(migrationId, url, newUrl);
	}

	public void redirect(long migrationId, String url, String newUrl) {
		java.net.URI old = java.net.URI.create(url);
		jdbc.sql("""
				insert into migration_redirect (old_host, old_path, new_url, migration_id) values (?, ?, ?, ?)
				on conflict (old_host, old_path) do update set new_url = excluded.new_url, migration_id = excluded.migration_id""")
			.params(hostKey(old), PageReader.pathOf(url), newUrl, migrationId)
			.update();
	}

	public List<PageLine> pages(long id, @Nullable String state, int limit) {
		return jdbc.sql("""
				select * from migration_page where migration_id = ? and (cast(? as text) is null or state = ?)
				order by id limit ?""")
			.params(id, state, state, limit)
			.query((rs, n) -> new PageLine(rs.getString("url"), rs.getString("state"),
					rs.getString("kind") == null ? null : PageKind.valueOf(rs.getString("kind")),
					(Integer) rs.getObject("http_status"), rs.getString("charset"), rs.getString("title"),
					rs.getString("error"), rs.getString("new_url")))
			.list();
	}

	/** Old addresses known to the migration that have no new page: failed, skipped, or detail pages left out. */
	public List<PageLine> unmapped(long id, int limit) {
		return jdbc.sql("""
				select * from migration_page where migration_id = ? and state <> 'IMPORTED'
				    and (state in ('FAILED', 'SKIPPED') or kind = 'DETAIL') order by id limit ?""")
			.params(id, limit)
			.query((rs, n) -> new PageLine(rs.getString("url"), rs.getString("state"),
					rs.getString("kind") == null ? null : PageKind.valueOf(rs.getString("kind")),
					(Integer) rs.getObject("http_status"), rs.getString("charset"), rs.getString("title"),
					rs.getString("error"), null))
			.list();
	}

	public record Redirect(String host, String path, String newUrl) {
	}

	public List<Redirect> redirects() {
		return jdbc.sql("select old_host, old_path, new_url from migration_redirect order by old_host, old_path")
			.query((rs, n) -> new Redirect(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	public Optional<String> redirect(String host, String path) {
		return jdbc.sql("select new_url from migration_redirect where old_host = ? and old_path = ?")
			.params(host.toLowerCase(java.util.Locale.ROOT), path)
			.query(String.class)
			.optional();
	}

	/** The old site's host as redirects key it: its name, with the port when not the default. */
	public static String hostKey(java.net.URI uri) {
		String host = uri.getHost().toLowerCase(java.util.Locale.ROOT);
		return uri.getPort() < 0 ? host : host + ":" + uri.getPort();
	}

	private static MigrationView view(ResultSet rs, java.util.function.LongFunction<String> siteName) throws SQLException {
		CrawlRules rules = new CrawlRules(rs.getString("detail_pattern"), rs.getString("list_pattern"),
				rs.getString("exclude_pattern"), rs.getString("title_selector"), rs.getString("date_selector"),
				rs.getString("source_selector"), rs.getString("body_selector"));
		long siteId = rs.getLong("site_id");
		return new MigrationView(rs.getLong("id"), siteId, siteName.apply(siteId), (Long) rs.getObject("old_site_id"),
				rs.getString("name"), rs.getString("start_url"), rs.getString("host"), rules, rs.getInt("concurrency"),
				rs.getInt("delay_millis"), rs.getInt("max_pages"), rs.getBoolean("publish"), rs.getString("approved_by"),
				MigrationState.valueOf(rs.getString("state")), rs.getString("error"), rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant(), rs.getInt("queued"), rs.getInt("done"), rs.getInt("failed"),
				rs.getInt("imported"), rs.getString("sitemap_url"));
	}

	private static List<String> strings(@Nullable Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}
}
