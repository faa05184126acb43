package org.govsite.content.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.govsite.content.AttachmentRef;
import org.govsite.content.DisclosureMetadata;
import org.govsite.content.DisclosureMode;
import org.govsite.content.DocumentContent;
import org.govsite.content.PlacementRequest;
import org.govsite.content.PlacementView;
import org.govsite.content.Validity;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The parts of the library kept beside the {@link Document} aggregate, written and read with SQL:
 * versions (one per save, the whole text), attachments, placements and the sites' last update.
 */
@Component
public class ContentStore {

	static final String VERSION_COLUMNS = """
			v.id as version_id, v.document_id, v.number, v.title, v.subtitle, v.body, v.summary, v.source, v.author,
			v.responsible_editor, v.cover_id, v.keywords, v.display_date, v.link_url, v.reprint, v.reprint_url,
			v.index_number, v.subject_category, v.document_number, v.issuer, v.written_on, v.disclosed_on,
			v.effective_on, v.effect_level, v.validity, v.disclosure_mode, v.subject_words, v.overview,
			v.edited_by, v.edited_at""";

	static final String ATTACHMENT_COLUMNS = "a.id, a.file_name, a.media_type, a.size, a.sha256";

	private final JdbcClient jdbc;

	ContentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A version as stored. */
	public record StoredVersion(long id, long documentId, int number, DocumentContent content, String editedBy,
			Instant editedAt) {
	}

	/** Writes the next version of a document; the content is already sanitized and checked. */
	public long insertVersion(long documentId, int number, DocumentContent content, boolean nonGovernment,
			String editor, Instant now) {
		DisclosureMetadata disclosure = content.disclosure();
		long versionId = jdbc.sql("""
				insert into content_version (document_id, number, title, subtitle, body, summary, source, author,
				    responsible_editor, cover_id, keywords, display_date, link_url, reprint, reprint_url, index_number,
				    subject_category, document_number, issuer, written_on, disclosed_on, effective_on, effect_level,
				    validity, disclosure_mode, subject_words, overview, edited_by, edited_at)
				values (:document, :number, :title, :subtitle, :body, :summary, :source, :author, :editor, :cover,
				    :keywords, :displayDate, :link, :reprint, :reprintUrl, :indexNumber, :category, :documentNumber,
				    :issuer, :writtenOn, :disclosedOn, :effectiveOn, :effectLevel, :validity, :mode, :subjectWords,
				    :overview, :editedBy, :editedAt)
				returning id""")
			.param("document", documentId)
			.param("number", number)
			.param("title", content.title())
			.param("subtitle", content.subtitle())
			.param("body", content.body())
			.param("summary", content.summary())
			.param("source", content.source())
			.param("author", content.author())
			.param("editor", content.responsibleEditor())
			.param("cover", content.coverId())
			.param("keywords", content.keywords().toArray(String[]::new))
			.param("displayDate", timestamp(content.displayDate()))
			.param("link", content.linkUrl())
			.param("reprint", content.reprint())
			.param("reprintUrl", content.reprintUrl())
			.param("indexNumber", disclosure == null ? null : disclosure.indexNumber())
			.param("category", disclosure == null ? null : disclosure.subjectCategory())
			.param("documentNumber", disclosure == null ? null : disclosure.documentNumber())
			.param("issuer", disclosure == null ? null : disclosure.issuer())
			.param("writtenOn", disclosure == null ? null : disclosure.writtenOn())
			.param("disclosedOn", disclosure == null ? null : disclosure.disclosedOn())
			.param("effectiveOn", disclosure == null ? null : disclosure.effectiveOn())
			.param("effectLevel", disclosure == null ? null : disclosure.effectLevel())
			.param("validity", disclosure == null ? null : disclosure.validity().name())
			.param("mode", disclosure == null ? null : disclosure.mode().name())
			.param("subjectWords", disclosure == null ? null : disclosure.subjectWords().toArray(String[]::new))
			.param("overview", disclosure == null ? null : disclosure.overview())
			.param("editedBy", editor)
			.param("editedAt", Timestamp.from(now))
			.query(Long.class)
			.single();
		List<Long> attachments = content.attachmentIds();
		for (int i = 0; i < attachments.size(); i++) {
			jdbc.sql("insert into content_version_attachment (version_id, position, attachment_id) values (?, ?, ?)")
				.params(versionId, i, attachments.get(i))
				.update();
		}
		return versionId;
	}

	public Optional<StoredVersion> version(long documentId, int number) {
		List<StoredVersion> found = versions("v.document_id = ? and v.number = ?", documentId, number);
		return found.stream().findFirst();
	}

	/** Every version of a document, newest first. */
	public List<StoredVersion> versions(long documentId) {
		return versions("v.document_id = ? order by v.number desc", documentId);
	}

	private List<StoredVersion> versions(String where, Object... params) {
		List<StoredVersion> rows = jdbc.sql("select " + VERSION_COLUMNS + " from content_version v where " + where)
			.params(params)
			.query((rs, n) -> version(rs, List.of()))
			.list();
		Map<Long, List<Long>> attachments = attachmentIdsOf(rows.stream().map(StoredVersion::id).toList());
		return rows.stream()
			.map(row -> new StoredVersion(row.id(), row.documentId(), row.number(),
					row.content().withAttachments(row.content().coverId(), attachments.getOrDefault(row.id(), List.of())),
					row.editedBy(), row.editedAt()))
			.toList();
	}

	/** The attachment ids of each version, in order. */
	Map<Long, List<Long>> attachmentIdsOf(Collection<Long> versionIds) {
		Map<Long, List<Long>> ids = new LinkedHashMap<>();
		if (versionIds.isEmpty()) {
			return ids;
		}
		jdbc.sql("select version_id, attachment_id from content_version_attachment where version_id = any(?) order by version_id, position")
			.param(versionIds.toArray(Long[]::new))
			.query(rs -> {
				ids.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
			});
		return ids;
	}

	static StoredVersion version(ResultSet rs, List<Long> attachmentIds) throws SQLException {
		DisclosureMetadata disclosure = null;
		// a policy document's versions have a 公开方式; the 索引号 comes at its first publication
		if (rs.getString("disclosure_mode") != null) {
			disclosure = new DisclosureMetadata(rs.getString("index_number"), rs.getString("subject_category"),
					rs.getString("document_number"), rs.getString("issuer"), date(rs, "written_on"),
					date(rs, "disclosed_on"), date(rs, "effective_on"), rs.getString("effect_level"),
					Validity.valueOf(rs.getString("validity")), DisclosureMode.valueOf(rs.getString("disclosure_mode")),
					strings(rs.getArray("subject_words")), rs.getString("overview"));
		}
		long cover = rs.getLong("cover_id");
		Long coverId = rs.wasNull() ? null : cover;
		DocumentContent content = new DocumentContent(rs.getString("title"), rs.getString("subtitle"),
				rs.getString("body"), rs.getString("summary"), rs.getString("source"), rs.getString("author"),
				rs.getString("responsible_editor"), coverId, attachmentIds, strings(rs.getArray("keywords")),
				instant(rs, "display_date"), rs.getString("link_url"), rs.getBoolean("reprint"),
				rs.getString("reprint_url"), false, null, disclosure);
		return new StoredVersion(rs.getLong("version_id"), rs.getLong("document_id"), rs.getInt("number"), content,
				rs.getString("edited_by"), instant(rs, "edited_at"));
	}

	// attachments

	public long insertAttachment(@Nullable Long documentId, String fileName, String mediaType, long size, String sha256,
			String uploadedBy, Instant now) {
		return jdbc.sql("""
				insert into content_attachment (document_id, file_name, media_type, size, sha256, uploaded_by, uploaded_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(documentId, fileName, mediaType, size, sha256, uploadedBy, Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	/** The files uploaded to a document, in upload order. */
	public List<AttachmentRef> attachmentsOf(long documentId) {
		return jdbc.sql("select " + ATTACHMENT_COLUMNS + " from content_attachment a where a.document_id = ? order by a.id")
			.param(documentId)
			.query((rs, n) -> attachment(rs))
			.list();
	}

	public Optional<AttachmentRef> attachment(long attachmentId) {
		return jdbc.sql("select " + ATTACHMENT_COLUMNS + " from content_attachment a where a.id = ?")
			.param(attachmentId)
			.query((rs, n) -> attachment(rs))
			.optional();
	}

	/** The document an attachment was uploaded to. */
	public Optional<Long> documentOfAttachment(long attachmentId) {
		return jdbc.sql("select document_id from content_attachment where id = ?")
			.param(attachmentId)
			.query(Long.class)
			.optional();
	}

	Map<Long, AttachmentRef> attachments(Collection<Long> ids) {
		Map<Long, AttachmentRef> found = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		jdbc.sql("select " + ATTACHMENT_COLUMNS + " from content_attachment a where a.id = any(?)")
			.param(ids.toArray(Long[]::new))
			.query(rs -> {
				AttachmentRef ref = attachment(rs);
				found.put(ref.id(), ref);
			});
		return found;
	}

	static AttachmentRef attachment(ResultSet rs) throws SQLException {
		return new AttachmentRef(rs.getLong("id"), rs.getString("file_name"), rs.getString("media_type"),
				rs.getLong("size"), rs.getString("sha256"));
	}

	// 索引号

	/** Claims the 索引号 for the document; false when another document holds it. */
	public boolean claimIndexNumber(long documentId, String indexNumber) {
		Optional<Long> holder = jdbc.sql("select document_id from content_index_number where index_number = ?")
			.param(indexNumber)
			.query(Long.class)
			.optional();
		if (holder.isPresent()) {
			return holder.get() == documentId;
		}
		Optional<String> own = indexNumberOf(documentId);
		if (own.isPresent()) {
			return false;
		}
		jdbc.sql("insert into content_index_number (index_number, document_id) values (?, ?)")
			.params(indexNumber, documentId)
			.update();
		return true;
	}

	/** The next serial of the key and year, the counter's row locked until the transaction ends. */
	public int nextIndexSerial(String key, int year) {
		return jdbc.sql("""
				insert into content_index_serial (prefix, year, last) values (?, ?, 1)
				on conflict (prefix, year) do update set last = content_index_serial.last + 1
				returning last""")
			.params(key, year)
			.query(Integer.class)
			.single();
	}

	/** Gives the document the number unless another holds it. */
	public boolean takeIndexNumber(long documentId, String indexNumber) {
		return jdbc.sql("insert into content_index_number (index_number, document_id) values (?, ?) on conflict (index_number) do nothing")
			.params(indexNumber, documentId)
			.update() == 1;
	}

	/**
	 * Writes the document's 索引号 into its versions that lack it, and the 公开日期 into the ones
	 * without it (a policy document's versions only: they have a 公开方式).
	 */
	public void completeDisclosure(long documentId, String indexNumber, LocalDate disclosedOn) {
		jdbc.sql("""
				update content_version set index_number = coalesce(index_number, ?), disclosed_on = coalesce(disclosed_on, ?)
				where document_id = ? and disclosure_mode is not null and (index_number is null or disclosed_on is null)""")
			.params(indexNumber, disclosedOn, documentId)
			.update();
	}

	public Optional<String> indexNumberOf(long documentId) {
		return jdbc.sql("select index_number from content_index_number where document_id = ?")
			.param(documentId)
			.query(String.class)
			.optional();
	}

	// placements

	/** Places the document in the channel, or changes how it is placed there. */
	public void place(long documentId, long siteId, PlacementRequest request, String by, Instant now, boolean live,
			@Nullable Instant publishedAt) {
		jdbc.sql("""
				insert into content_placement (document_id, channel_id, site_id, pinned, sort_order, expires_at,
				    placed_by, placed_at, live, published_at)
				values (:document, :channel, :site, :pinned, :sortOrder, :expires, :by, :now, :live, :publishedAt)
				on conflict (document_id, channel_id) do update set pinned = excluded.pinned,
				    sort_order = excluded.sort_order, expires_at = excluded.expires_at""")
			.param("document", documentId)
			.param("channel", request.channelId())
			.param("site", siteId)
			.param("pinned", request.pinned())
			.param("sortOrder", request.sortOrder())
			.param("expires", timestamp(request.expiresAt()))
			.param("by", by)
			.param("now", Timestamp.from(now))
			.param("live", live)
			.param("publishedAt", timestamp(publishedAt))
			.update();
	}

	public boolean removePlacement(long documentId, long channelId) {
		return jdbc.sql("delete from content_placement where document_id = ? and channel_id = ?")
			.params(documentId, channelId)
			.update() > 0;
	}

	/** Where the document is placed, live or not. */
	public List<PlacementView> placementsOf(long documentId) {
		return jdbc.sql("""
				select document_id, site_id, channel_id, pinned, sort_order, expires_at from content_placement
				where document_id = ? order by placed_at, channel_id""")
			.param(documentId)
			.query((rs, n) -> placement(rs))
			.list();
	}

	static PlacementView placement(ResultSet rs) throws SQLException {
		return new PlacementView(rs.getLong("document_id"), rs.getLong("site_id"), rs.getLong("channel_id"),
				rs.getBoolean("pinned"), rs.getInt("sort_order"), instant(rs, "expires_at"));
	}

	/** The channels the document shows in now. */
	public Set<Long> liveChannelIdsOf(long documentId) {
		return new TreeSet<>(jdbc.sql("select channel_id from content_placement where document_id = ? and live")
			.param(documentId)
			.query(Long.class)
			.list());
	}

	public Set<Long> channelIdsOf(long documentId) {
		return new TreeSet<>(jdbc.sql("select channel_id from content_placement where document_id = ?")
			.param(documentId)
			.query(Long.class)
			.list());
	}

	/**
	 * The document's placements show (from the date its page shows) or stop showing; a placement
	 * still waiting for review levels of its own never shows.
	 */
	public void setLive(long documentId, boolean live, @Nullable Instant publishedAt) {
		jdbc.sql("""
				update content_placement set live = ? and review_required is null,
				    published_at = case when review_required is null then cast(? as timestamptz) end
				where document_id = ?""")
			.params(live, timestamp(publishedAt), documentId)
			.update();
	}

	/** One placement shows from now (its review levels passed, the document live). */
	public void setPlacementLive(long documentId, long channelId, Instant publishedAt) {
		jdbc.sql("update content_placement set live = true, published_at = ? where document_id = ? and channel_id = ?")
			.params(Timestamp.from(publishedAt), documentId, channelId)
			.update();
	}

	// placements held for review levels of their own

	/** A held placement's state: the levels its channel needs and those passed so far, with who passed them. */
	public record HeldPlacement(long documentId, long channelId, long siteId, int required, int passed, String placedBy,
			List<String> reviewers) {
	}

	/** Holds the placement until the channel's levels are passed (it shows nothing meanwhile). */
	public void hold(long documentId, long channelId, int passed, int required) {
		jdbc.sql("""
				update content_placement set review_required = ?, review_passed = ?, live = false, published_at = null
				where document_id = ? and channel_id = ?""")
			.params(required, passed, documentId, channelId)
			.update();
		jdbc.sql("delete from content_placement_review where document_id = ? and channel_id = ?")
			.params(documentId, channelId)
			.update();
	}

	public Optional<HeldPlacement> held(long documentId, long channelId) {
		return jdbc.sql("""
				select p.document_id, p.channel_id, p.site_id, p.review_required, p.review_passed, p.placed_by,
				    array(select r.reviewer from content_placement_review r
				          where r.document_id = p.document_id and r.channel_id = p.channel_id order by r.level) as reviewers
				from content_placement p where p.document_id = ? and p.channel_id = ? and p.review_required is not null""")
			.params(documentId, channelId)
			.query((rs, n) -> held(rs))
			.optional();
	}

	/** The held placements in channels of the given sites, for their reviewers' waiting lists. */
	public List<HeldPlacement> heldIn(Collection<Long> siteIds) {
		return jdbc.sql("""
				select p.document_id, p.channel_id, p.site_id, p.review_required, p.review_passed, p.placed_by,
				    array(select r.reviewer from content_placement_review r
				          where r.document_id = p.document_id and r.channel_id = p.channel_id order by r.level) as reviewers
				from content_placement p where p.site_id = any(?) and p.review_required is not null
				order by p.placed_at""")
			.param(siteIds.toArray(Long[]::new))
			.query((rs, n) -> held(rs))
			.list();
	}

	public List<HeldPlacement> heldOf(long documentId) {
		return jdbc.sql("""
				select p.document_id, p.channel_id, p.site_id, p.review_required, p.review_passed, p.placed_by,
				    array(select r.reviewer from content_placement_review r
				          where r.document_id = p.document_id and r.channel_id = p.channel_id order by r.level) as reviewers
				from content_placement p where p.document_id = ? and p.review_required is not null order by p.channel_id""")
			.param(documentId)
			.query((rs, n) -> held(rs))
			.list();
	}

	private static HeldPlacement held(ResultSet rs) throws SQLException {
		java.sql.Array reviewers = rs.getArray("reviewers");
		return new HeldPlacement(rs.getLong("document_id"), rs.getLong("channel_id"), rs.getLong("site_id"),
				rs.getInt("review_required"), rs.getInt("review_passed"), rs.getString("placed_by"),
				reviewers == null ? List.of() : List.of((String[]) reviewers.getArray()));
	}

	/** Records a passed level of a held placement; the last one releases the hold. */
	public void passPlacementLevel(HeldPlacement placement, String reviewer, @Nullable String comment, Instant now) {
		int level = placement.passed() + 1;
		jdbc.sql("""
				insert into content_placement_review (document_id, channel_id, level, reviewer, reviewed_at, comment)
				values (?, ?, ?, ?, ?, ?)""")
			.params(placement.documentId(), placement.channelId(), level, reviewer, Timestamp.from(now), comment)
			.update();
		jdbc.sql("""
				update content_placement set review_passed = ?,
				    review_required = case when ? >= review_required then null else review_required end
				where document_id = ? and channel_id = ?""")
			.params(level, level, placement.documentId(), placement.channelId())
			.update();
	}

	/** The document itself passed this many levels: holds that asked no more are released. */
	public void releaseHoldsUpTo(long documentId, int levels) {
		jdbc.sql("update content_placement set review_required = null where document_id = ? and review_required <= ?")
			.params(documentId, levels)
			.update();
	}

	/** Notes that the sites' content changed now (the 更新日期 of their pages). */
	public void touchSites(Collection<Long> siteIds, Instant now) {
		for (Long siteId : new TreeSet<>(siteIds)) {
			jdbc.sql("""
					insert into content_site_update (site_id, updated_at) values (?, ?)
					on conflict (site_id) do update set updated_at = greatest(content_site_update.updated_at, excluded.updated_at)""")
				.params(siteId, Timestamp.from(now))
				.update();
		}
	}

	/** The sites of the given channels' placements of a document. */
	public Set<Long> sitesOfPlacements(long documentId) {
		return new TreeSet<>(jdbc.sql("select distinct site_id from content_placement where document_id = ?")
			.param(documentId)
			.query(Long.class)
			.list());
	}

	static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	static List<String> strings(@Nullable Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		return List.of((String[]) array.getArray());
	}
}
