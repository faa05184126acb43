package org.govsite.content.internal;

import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.govsite.content.AttachmentRef;
import org.govsite.content.CatalogueListing;
import org.govsite.content.ChannelEntry;
import org.govsite.content.ContentCatalog;
import org.govsite.content.DisclosureMetadata;
import org.govsite.content.DisclosureMode;
import org.govsite.content.DocumentType;
import org.govsite.content.PendingDisclosure;
import org.govsite.content.PlacementView;
import org.govsite.content.PublishedDocument;
import org.govsite.content.PublishedDocument.RelatedDocument;
import org.govsite.content.Validity;
import org.govsite.content.internal.ContentStore.StoredVersion;
import org.govsite.platform.NotFound;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The publisher's reads of the library, in SQL: each list a single indexed query, a whole site's
 * documents in batches of {@value #BATCH} (one query per batch for the documents, one for their
 * attachments, one for their related documents), never one query per document.
 */
@Component
@Transactional(readOnly = true)
class CatalogQueries implements ContentCatalog {

	static final int BATCH = 500;

	private static final String DOCUMENT_COLUMNS = """
			d.id as doc_id, d.site_id, d.type, d.policy_id, d.first_published_at, d.live_since, d.updated_at,
			d.archived_on, """;

	private static final String ENTRY_SELECT = """
			select p.document_id, p.channel_id, d.type, v.title, p.published_at, p.pinned, v.summary, v.cover_id,
			    v.link_url, d.archived_on
			from content_placement p
			join content_document d on d.id = p.document_id
			join content_version v on v.document_id = d.id and v.number = d.live_version
			""";

	private final JdbcClient jdbc;

	private final ContentStore store;

	private final UploadStore uploads;

	CatalogQueries(JdbcClient jdbc, ContentStore store, UploadStore uploads) {
		this.jdbc = jdbc;
		this.store = store;
		this.uploads = uploads;
	}

	@Override
	public Optional<PublishedDocument> published(long documentId) {
		return load(List.of(documentId), true).stream().findFirst();
	}

	@Override
	public Optional<PublishedDocument> draft(long documentId) {
		return load(List.of(documentId), false).stream().findFirst();
	}

	@Override
	public List<PlacementView> placements(long documentId) {
		return jdbc.sql("""
				select document_id, site_id, channel_id, pinned, sort_order, expires_at from content_placement
				where document_id = ? and live order by site_id, channel_id""")
			.param(documentId)
			.query((rs, n) -> ContentStore.placement(rs))
			.list();
	}

	@Override
	public List<ChannelEntry> entries(long channelId, Instant now, int offset, int limit) {
		List<EntryRow> rows = jdbc.sql(ENTRY_SELECT + """
				where p.channel_id = :channel and p.live and (p.expires_at is null or p.expires_at > :now)
				order by p.pinned desc, p.sort_order, p.published_at desc, p.document_id desc
				offset :offset limit :limit""")
			.param("channel", channelId)
			.param("now", Timestamp.from(now))
			.param("offset", Math.max(0, offset))
			.param("limit", Math.max(0, limit))
			.query((rs, n) -> entryRow(rs))
			.list();
		return entries(rows);
	}

	@Override
	public Map<Long, List<ChannelEntry>> firstEntries(java.util.Collection<Long> channelIds, Instant now, int limit) {
		Map<Long, List<ChannelEntry>> first = new LinkedHashMap<>();
		channelIds.forEach(id -> first.put(id, new ArrayList<>()));
		if (channelIds.isEmpty() || limit <= 0) {
			return first;
		}
		// one index scan per channel, as entries() does, in a single round trip for them all
		List<EntryRow> rows = jdbc.sql("select e.* from unnest(:channels::bigint[]) as c(id) cross join lateral ("
				+ ENTRY_SELECT + """
						where p.channel_id = c.id and p.live and (p.expires_at is null or p.expires_at > :now)
						order by p.pinned desc, p.sort_order, p.published_at desc, p.document_id desc
						limit :limit) e""")
			.param("channels", channelIds.toArray(Long[]::new))
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query((rs, n) -> entryRow(rs))
			.list();
		entries(rows).forEach(entry -> first.get(entry.channelId()).add(entry));
		return first;
	}

	@Override
	public int countEntries(long channelId, Instant now) {
		return jdbc.sql("""
				select count(*) from content_placement p
				where p.channel_id = ? and p.live and (p.expires_at is null or p.expires_at > ?)""")
			.params(channelId, Timestamp.from(now))
			.query(Integer.class)
			.single();
	}

	/**
	 * The newest across the channels: a document placed in several of them is one entry (in the
	 * first channel it was found in). Reads a few more rows than asked to make up for those.
	 */
	@Override
	public List<ChannelEntry> latest(List<Long> channelIds, Instant now, int limit) {
		if (channelIds.isEmpty() || limit <= 0) {
			return List.of();
		}
		int read = limit * Math.min(channelIds.size(), 4);
		List<EntryRow> rows = jdbc.sql(ENTRY_SELECT + """
				where p.channel_id = any(:channels) and p.live and (p.expires_at is null or p.expires_at > :now)
				order by p.published_at desc, p.document_id desc
				limit :limit""")
			.param("channels", channelIds.toArray(Long[]::new))
			.param("now", Timestamp.from(now))
			.param("limit", read)
			.query((rs, n) -> entryRow(rs))
			.list();
		Set<Long> seen = new HashSet<>();
		List<EntryRow> distinct = rows.stream().filter(row -> seen.add(row.documentId())).limit(limit).toList();
		return entries(distinct);
	}

	@Override
	public void forEachPublished(long siteId, Consumer<PublishedDocument> action) {
		long after = 0;
		while (true) {
			List<Long> ids = jdbc.sql("""
					select distinct document_id from content_placement
					where site_id = ? and live and document_id > ? order by document_id limit ?""")
				.params(siteId, after, BATCH)
				.query(Long.class)
				.list();
			if (ids.isEmpty()) {
				return;
			}
			load(ids, true).forEach(action);
			if (ids.size() < BATCH) {
				return;
			}
			after = ids.getLast();
		}
	}

	@Override
	public Optional<Instant> lastUpdate(long siteId) {
		return jdbc.sql("select updated_at from content_site_update where site_id = ?")
			.param(siteId)
			.query((rs, n) -> ContentStore.instant(rs, "updated_at"))
			.optional();
	}

	@Override
	public List<CatalogueListing> catalogued(long siteId) {
		List<CatalogueListing> listings = jdbc.sql("""
				select d.id as document_id, v.title, v.index_number, v.subject_category, v.document_number, v.issuer,
				       v.written_on, v.disclosed_on, v.effective_on, v.effect_level, v.validity, v.disclosure_mode,
				       v.subject_words, v.overview
				from content_document d
				join content_version v on v.document_id = d.id and v.number = d.live_version
				where d.id in (select document_id from content_placement where site_id = ? and live)
				  and v.disclosure_mode is not null and v.index_number is not null
				order by v.index_number
				""")
			.param(siteId)
			.query((rs, n) -> new CatalogueListing(rs.getLong("document_id"), rs.getString("title"),
					new DisclosureMetadata(rs.getString("index_number"), rs.getString("subject_category"),
							rs.getString("document_number"), rs.getString("issuer"), ContentStore.date(rs, "written_on"),
							ContentStore.date(rs, "disclosed_on"), ContentStore.date(rs, "effective_on"), rs.getString("effect_level"),
							Validity.valueOf(rs.getString("validity")), DisclosureMode.valueOf(rs.getString("disclosure_mode")),
							ContentStore.strings(rs.getArray("subject_words")), rs.getString("overview"))))
			.list();
		Map<Long, RelatedDocument> replacements = replacements(listings.stream()
			.filter(listing -> listing.disclosure().validity() != Validity.VALID)
			.map(CatalogueListing::documentId)
			.toList(), true);
		if (replacements.isEmpty()) {
			return listings;
		}
		return listings.stream()
			.map(listing -> new CatalogueListing(listing.documentId(), listing.title(), listing.disclosure(),
					replacements.get(listing.documentId())))
			.toList();
	}

	@Override
	public List<PendingDisclosure> pendingDisclosures(java.util.Collection<Long> siteIds) {
		if (siteIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select d.id, d.site_id, v.title, v.written_on, d.live_version, v.edited_at, d.created_by, v.edited_by
				from content_document d
				join content_version v on v.document_id = d.id and v.number = d.current_version
				where d.site_id = any(:sites) and v.disclosure_mode = 'PROACTIVE' and v.written_on is not null
				  and d.live_version is distinct from d.current_version and d.state not in ('WITHDRAWN', 'ARCHIVED')
				order by v.written_on, d.id
				""")
			.param("sites", siteIds.toArray(Long[]::new))
			.query((rs, n) -> new PendingDisclosure(rs.getLong("id"), rs.getLong("site_id"), rs.getString("title"),
					rs.getObject("written_on", java.time.LocalDate.class),
					rs.getObject("live_version") == null ? null : ContentStore.instant(rs, "edited_at"),
					rs.getString("created_by"), rs.getString("edited_by")))
			.list();
	}

	@Override
	public InputStream openAttachment(long attachmentId) {
		AttachmentRef attachment = store.attachment(attachmentId).orElseThrow(() -> new NotFound("attachment", attachmentId));
		return uploads.open(attachment.sha256());
	}

	/** The documents in id order, each with its live version (or its newest, for a preview). */
	List<PublishedDocument> load(List<Long> ids, boolean live) {
		String join = live ? "v.number = d.live_version" : "v.number = d.current_version";
		List<Row> rows = jdbc.sql("select " + DOCUMENT_COLUMNS + ContentStore.VERSION_COLUMNS
				+ " from content_document d join content_version v on v.document_id = d.id and " + join
				+ " where d.id = any(?) order by d.id")
			.param(ids.toArray(Long[]::new))
			.query((rs, n) -> new Row(rs.getLong("doc_id"), rs.getLong("site_id"), DocumentType.valueOf(rs.getString("type")),
					nullableLong(rs, "policy_id"), ContentStore.instant(rs, "first_published_at"),
					ContentStore.instant(rs, "live_since"), Objects.requireNonNull(ContentStore.instant(rs, "updated_at")),
					ContentStore.date(rs, "archived_on"), ContentStore.version(rs, List.of())))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Long>> attachmentIds = store.attachmentIdsOf(rows.stream().map(row -> row.version().id()).toList());
		Set<Long> fileIds = new HashSet<>();
		attachmentIds.values().forEach(fileIds::addAll);
		rows.stream().map(row -> row.version().content().coverId()).filter(Objects::nonNull).forEach(fileIds::add);
		Map<Long, AttachmentRef> files = store.attachments(fileIds);
		Map<Long, List<RelatedDocument>> related = related(rows, live);
		Map<Long, RelatedDocument> replacements = replacements(rows.stream()
			.filter(row -> row.type() == DocumentType.POLICY && row.version().content().disclosure() != null
					&& row.version().content().disclosure().validity() != Validity.VALID)
			.map(Row::id)
			.toList(), live);
		return rows.stream().map(row -> {
			var content = row.version().content();
			List<AttachmentRef> attachments = attachmentIds.getOrDefault(row.version().id(), List.of())
				.stream()
				.map(files::get)
				.filter(Objects::nonNull)
				.toList();
			Instant publishedAt = content.displayDate() != null ? content.displayDate()
					: row.firstPublishedAt() != null ? row.firstPublishedAt() : row.updatedAt();
			Instant updatedAt = live && row.liveSince() != null ? row.liveSince() : row.updatedAt();
			return new PublishedDocument(row.id(), row.siteId(), row.type(), content.title(), content.subtitle(),
					content.body(), content.summary(), content.source(), content.author(), content.responsibleEditor(),
					content.coverId() == null ? null : files.get(content.coverId()), attachments, content.keywords(),
					publishedAt, updatedAt, row.type() == DocumentType.POLICY ? content.disclosure() : null,
					related.getOrDefault(row.id(), List.of()), content.linkUrl(), row.archivedOn(),
					row.firstPublishedAt() != null ? row.firstPublishedAt() : row.updatedAt(),
					replacements.get(row.id()));
		}).toList();
	}

	/**
	 * The document that replaces or amends each of these, where one is named; for live pages only a
	 * live one, with its live title (a draft's title is not public).
	 */
	private Map<Long, RelatedDocument> replacements(List<Long> ids, boolean live) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		String version = live ? "t.live_version" : "t.current_version";
		Map<Long, RelatedDocument> replacements = new LinkedHashMap<>();
		jdbc.sql("select r.document_id, t.id, t.type, v.title from content_replacement r"
				+ " join content_document t on t.id = r.replaced_by"
				+ " join content_version v on v.document_id = t.id and v.number = " + version
				+ " where r.document_id = any(?)")
			.param(ids.toArray(Long[]::new))
			.query(rs -> {
				replacements.put(rs.getLong("document_id"), new RelatedDocument(rs.getLong("id"),
						DocumentType.valueOf(rs.getString("type")), rs.getString("title")));
			});
		return replacements;
	}

	/**
	 * A policy's interpretations and an interpretation's policy, for each row; for live pages only
	 * the live ones, with their live titles.
	 */
	private Map<Long, List<RelatedDocument>> related(List<Row> rows, boolean live) {
		Set<Long> ids = new HashSet<>();
		Set<Long> policies = new HashSet<>();
		for (Row row : rows) {
			ids.add(row.id());
			if (row.policyId() != null) {
				policies.add(row.policyId());
			}
		}
		String version = live ? "d.live_version" : "d.current_version";
		Map<Long, List<RelatedDocument>> related = new LinkedHashMap<>();
		jdbc.sql("select d.id, d.type, d.policy_id, v.title from content_document d"
				+ " join content_version v on v.document_id = d.id and v.number = " + version
				+ " where (d.policy_id = any(:ids) or d.id = any(:policies))" + (live ? " and d.live_version is not null" : "")
				+ " order by d.id")
			.param("ids", ids.toArray(Long[]::new))
			.param("policies", policies.toArray(Long[]::new))
			.query(rs -> {
				RelatedDocument document = new RelatedDocument(rs.getLong("id"), DocumentType.valueOf(rs.getString("type")),
						rs.getString("title"));
				Long policyOf = nullableLong(rs, "policy_id");
				if (policyOf != null && ids.contains(policyOf)) {
					related.computeIfAbsent(policyOf, k -> new ArrayList<>()).add(document);
				}
				for (Row row : rows) {
					if (Objects.equals(row.policyId(), document.id())) {
						related.computeIfAbsent(row.id(), k -> new ArrayList<>()).add(document);
					}
				}
			});
		return related;
	}

	private List<ChannelEntry> entries(List<EntryRow> rows) {
		Map<Long, AttachmentRef> covers = store.attachments(
				rows.stream().map(EntryRow::coverId).filter(Objects::nonNull).toList());
		return rows.stream()
			.map(row -> new ChannelEntry(row.documentId(), row.channelId(), row.type(), row.title(), row.publishedAt(),
					row.pinned(), row.summary(), row.coverId() == null ? null : covers.get(row.coverId()), row.linkUrl(),
					row.archivedOn()))
			.toList();
	}

	private static EntryRow entryRow(ResultSet rs) throws SQLException {
		return new EntryRow(rs.getLong("document_id"), rs.getLong("channel_id"), DocumentType.valueOf(rs.getString("type")),
				rs.getString("title"), Objects.requireNonNull(ContentStore.instant(rs, "published_at")),
				rs.getBoolean("pinned"), rs.getString("summary"), nullableLong(rs, "cover_id"), rs.getString("link_url"),
				ContentStore.date(rs, "archived_on"));
	}

	static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private record Row(long id, long siteId, DocumentType type, @Nullable Long policyId,
			@Nullable Instant firstPublishedAt, @Nullable Instant liveSince, Instant updatedAt,
			java.time.@Nullable LocalDate archivedOn, StoredVersion version) {
	}

	private record EntryRow(long documentId, long channelId, DocumentType type, String title, Instant publishedAt,
			boolean pinned, @Nullable String summary, @Nullable Long coverId, @Nullable String linkUrl,
			java.time.@Nullable LocalDate archivedOn) {
	}
}
