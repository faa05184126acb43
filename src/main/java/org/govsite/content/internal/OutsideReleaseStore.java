package org.govsite.content.internal;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.govsite.content.OutsideReleaseKind;
import org.govsite.content.OutsideReleaseView;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What was released elsewhere, and the live documents that carry it on the website. */
@Component
public class OutsideReleaseStore {

	private static final RowMapper<OutsideReleaseView> RELEASE = (rs, row) -> new OutsideReleaseView(rs.getLong("id"),
			rs.getLong("site_id"), OutsideReleaseKind.valueOf(rs.getString("kind")), rs.getString("outlet"),
			rs.getString("title"), rs.getObject("released_on", LocalDate.class), rs.getString("link"),
			rs.getString("registered_by"), rs.getObject("due", LocalDate.class), (Long) rs.getObject("document_id"),
			rs.getObject("matched_at", OffsetDateTime.class) == null ? null
					: rs.getObject("matched_at", OffsetDateTime.class).toInstant());

	private final JdbcClient jdbc;

	OutsideReleaseStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long register(long siteId, OutsideReleaseKind kind, String outlet, String title, LocalDate releasedOn,
			@Nullable String link, String by, Instant at, LocalDate due) {
		return jdbc.sql("""
				insert into content_outside_release (site_id, kind, outlet, title, released_on, link, registered_by,
				  registered_at, due)
				values (:s, :k, :o, :t, :r, :l, :by, :at, :due) returning id
				""").param("s", siteId).param("k", kind.name()).param("o", outlet).param("t", title)
			.param("r", releasedOn).param("l", link, Types.VARCHAR).param("by", by).param("at", Timestamp.from(at))
			.param("due", due).query(Long.class).single();
	}

	public Optional<OutsideReleaseView> find(long id) {
		return jdbc.sql("select * from content_outside_release where id = :id").param("id", id).query(RELEASE).optional();
	}

	public List<OutsideReleaseView> ofSite(long siteId) {
		return jdbc.sql("select * from content_outside_release where site_id = :s order by document_id is not null, due, id desc")
			.param("s", siteId).query(RELEASE).list();
	}

	public List<OutsideReleaseView> open(Collection<Long> siteIds) {
		if (siteIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from content_outside_release where site_id in (:s) and document_id is null order by due, id")
			.param("s", siteIds).query(RELEASE).list();
	}

	/**
	 * A live document of the site whose live version carries the title, spaces and punctuation
	 * aside: the same item, released on the website.
	 */
	public Optional<Long> liveDocumentTitled(long siteId, String title) {
		return jdbc.sql("""
				select d.id from content_document d
				join content_version v on v.document_id = d.id and v.number = d.live_version
				where d.site_id = :s and d.live_version is not null
				  and regexp_replace(v.title, '[[:space:][:punct:]，。、：；！？“”‘’《》（）【】]', '', 'g')
				    = regexp_replace(:t, '[[:space:][:punct:]，。、：；！？“”‘’《》（）【】]', '', 'g')
				order by d.id limit 1
				""").param("s", siteId).param("t", title).query(Long.class).optional();
	}

	/** The live title of a document and its site, for matching the open releases when it is published. */
	public Optional<SiteTitle> liveTitle(long documentId) {
		return jdbc.sql("""
				select d.site_id, v.title from content_document d
				join content_version v on v.document_id = d.id and v.number = d.live_version
				where d.id = :d
				""").param("d", documentId).query((rs, row) -> new SiteTitle(rs.getLong(1), rs.getString(2))).optional();
	}

	public record SiteTitle(long siteId, String title) {
	}

	public boolean match(long releaseId, long documentId, String by, Instant at) {
		return jdbc.sql("""
				update content_outside_release set document_id = :d, matched_by = :by, matched_at = :at
				where id = :id and document_id is null
				""").param("d", documentId).param("by", by).param("at", Timestamp.from(at)).param("id", releaseId)
			.update() > 0;
	}
}
