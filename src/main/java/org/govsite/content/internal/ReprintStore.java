package org.govsite.content.internal;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.govsite.content.ReprintFeedView;
import org.govsite.content.ReprintItemView;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The watched feeds and the policies found in them. */
@Component
public class ReprintStore {

	private static final RowMapper<ReprintFeedView> FEED = (rs, row) -> new ReprintFeedView(rs.getLong("id"),
			rs.getLong("site_id"), rs.getString("name"), rs.getString("url"), rs.getLong("channel_id"),
			instant(rs.getObject("last_checked_at", OffsetDateTime.class)),
			instant(rs.getObject("last_read_at", OffsetDateTime.class)), rs.getString("last_error"));

	private static final RowMapper<ReprintItemView> ITEM = (rs, row) -> new ReprintItemView(rs.getLong("id"),
			rs.getLong("site_id"), rs.getString("feed_name"), rs.getString("link"), rs.getString("title"),
			instant(rs.getObject("published_at", OffsetDateTime.class)),
			rs.getObject("found_at", OffsetDateTime.class).toInstant(), rs.getObject("due_at", OffsetDateTime.class).toInstant(),
			(Long) rs.getObject("document_id"), instant(rs.getObject("imported_at", OffsetDateTime.class)),
			instant(rs.getObject("reprinted_at", OffsetDateTime.class)));

	private static final String ITEMS = """
			select i.*, f.site_id, f.name as feed_name from content_reprint_item i
			join content_reprint_feed f on f.id = i.feed_id
			""";

	private final JdbcClient jdbc;

	ReprintStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<ReprintFeedView> feeds() {
		return jdbc.sql("select * from content_reprint_feed order by id").query(FEED).list();
	}

	public List<ReprintFeedView> feeds(long siteId) {
		return jdbc.sql("select * from content_reprint_feed where site_id = :s order by name, id").param("s", siteId)
			.query(FEED).list();
	}

	public Optional<ReprintFeedView> feed(long feedId) {
		return jdbc.sql("select * from content_reprint_feed where id = :id").param("id", feedId).query(FEED).optional();
	}

	public boolean feedTaken(long siteId, String url) {
		return jdbc.sql("select count(*) from content_reprint_feed where site_id = :s and url = :u").param("s", siteId)
			.param("u", url).query(Integer.class).single() > 0;
	}

	public long addFeed(long siteId, String name, String url, long channelId, String by, Instant at) {
		return jdbc.sql("""
				insert into content_reprint_feed (site_id, name, url, channel_id, created_by, created_at)
				values (:s, :n, :u, :c, :by, :at) returning id
				""").param("s", siteId).param("n", name).param("u", url).param("c", channelId).param("by", by)
			.param("at", Timestamp.from(at)).query(Long.class).single();
	}

	public boolean removeFeed(long siteId, long feedId) {
		return jdbc.sql("delete from content_reprint_feed where id = :id and site_id = :s").param("id", feedId)
			.param("s", siteId).update() > 0;
	}

	public void checked(long feedId, Instant at, @Nullable String error) {
		jdbc.sql("""
				update content_reprint_feed set last_checked_at = :at, last_error = cast(:e as text),
				  last_read_at = case when cast(:e as text) is null then :at else last_read_at end
				where id = :id""")
			.param("at", Timestamp.from(at)).param("e", error, Types.VARCHAR).param("id", feedId).update();
	}

	/** Records an entry once; answers whether it was new. */
	public boolean found(long feedId, UpstreamFeed.Entry entry, Instant foundAt, boolean baseline, Instant dueAt) {
		return jdbc.sql("""
				insert into content_reprint_item (feed_id, link, title, published_at, found_at, baseline, due_at)
				values (:f, :l, :t, :p, :at, :b, :due) on conflict (feed_id, link) do nothing
				""").param("f", feedId).param("l", entry.link()).param("t", entry.title())
			.param("p", entry.publishedAt() == null ? null : Timestamp.from(entry.publishedAt()), Types.TIMESTAMP)
			.param("at", Timestamp.from(foundAt)).param("b", baseline).param("due", Timestamp.from(dueAt)).update() > 0;
	}

	public Optional<ReprintItemView> item(long itemId) {
		return jdbc.sql(ITEMS + " where i.id = :id and not i.baseline").param("id", itemId).query(ITEM).optional();
	}

	public long channelOf(long itemId) {
		return jdbc.sql("select f.channel_id from content_reprint_item i join content_reprint_feed f on f.id = i.feed_id where i.id = :id")
			.param("id", itemId).query(Long.class).single();
	}

	public void imported(long itemId, long documentId, String by, Instant at) {
		jdbc.sql("update content_reprint_item set document_id = :d, imported_by = :by, imported_at = :at where id = :id")
			.param("d", documentId).param("by", by).param("at", Timestamp.from(at)).param("id", itemId).update();
	}

	/** The first time a reprint goes live is when the policy counts as reprinted. */
	public void published(long documentId, Instant at) {
		jdbc.sql("update content_reprint_item set reprinted_at = :at where document_id = :d and reprinted_at is null")
			.param("at", Timestamp.from(at)).param("d", documentId).update();
	}

	/** The policies of these sites not reprinted yet, soonest due first. */
	public List<ReprintItemView> open(Collection<Long> siteIds) {
		if (siteIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(ITEMS + " where f.site_id in (:s) and not i.baseline and i.reprinted_at is null order by i.due_at, i.id")
			.param("s", siteIds).query(ITEM).list();
	}

	/** Every policy of the site found within the period, newest first. */
	public List<ReprintItemView> report(long siteId, Instant from, Instant to) {
		return jdbc.sql(ITEMS + """
				 where f.site_id = :s and not i.baseline and i.found_at >= :from and i.found_at < :to
				order by i.found_at desc, i.id desc
				""").param("s", siteId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).query(ITEM).list();
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime at) {
		return at == null ? null : at.toInstant();
	}
}
