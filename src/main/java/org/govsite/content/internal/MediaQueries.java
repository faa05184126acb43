package org.govsite.content.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsite.content.MediaFile;
import org.govsite.content.MediaQuery;
import org.govsite.content.MediaQuery.MediaKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The media library of a site, read from the files uploaded to its documents: one entry per
 * content (the uploads share their stored file by digest), newest first, and the documents whose
 * newest version shows it.
 */
@Component
public class MediaQueries {

	/** One row per content of the site's uploads, named by its first upload. */
	private static final String FILES = """
			with firsts as (
			  select distinct on (a.sha256) a.id, a.file_name, a.media_type, a.size, a.sha256, a.uploaded_by, a.uploaded_at
			  from content_attachment a join content_document d on d.id = a.document_id
			  where d.site_id = :site
			  order by a.sha256, a.id)
			select * from firsts
			where (cast(:text as text) is null or file_name ilike :pattern escape '\\' or uploaded_by ilike :pattern escape '\\')
			  and (:kind = 'ALL' or (media_type = any(:pictures)) = (:kind = 'PICTURES'))
			""";

	private final JdbcClient jdbc;

	MediaQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<MediaFile> find(MediaQuery query, int offset, int limit) {
		List<Row> rows = bind(jdbc.sql(FILES + " order by uploaded_at desc, id desc offset :offset limit :limit"), query)
			.param("offset", offset)
			.param("limit", limit)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("file_name"), rs.getString("media_type"),
					rs.getLong("size"), rs.getString("sha256"), rs.getString("uploaded_by"),
					rs.getTimestamp("uploaded_at").toInstant()))
			.list();
		Map<String, List<MediaFile.UsedIn>> uses = usesOf(query.siteId(), rows.stream().map(Row::sha256).toList());
		List<MediaFile> files = new ArrayList<>();
		for (Row row : rows) {
			files.add(new MediaFile(row.id(), row.fileName(), row.mediaType(), FileTypes.PICTURES.contains(row.mediaType()), row.size(), row.uploadedBy(), row.uploadedAt(),
					uses.getOrDefault(row.sha256(), List.of())));
		}
		return files;
	}

	public int count(MediaQuery query) {
		return bind(jdbc.sql("select count(*) from (" + FILES + ") listed"), query).query(Integer.class).single();
	}

	/** The site of the document a file was uploaded to; empty for an unknown file or one no document holds. */
	public java.util.Optional<Long> siteOfFile(long attachmentId) {
		return jdbc.sql("select d.site_id from content_attachment a join content_document d on d.id = a.document_id where a.id = ?")
			.param(attachmentId)
			.query(Long.class)
			.optional();
	}

	/** By content: the site's documents whose newest version lists, covers with or shows in its body an upload of it. */
	private Map<String, List<MediaFile.UsedIn>> usesOf(long siteId, List<String> digests) {
		Map<String, List<MediaFile.UsedIn>> uses = new LinkedHashMap<>();
		if (digests.isEmpty()) {
			return uses;
		}
		jdbc.sql("""
				select distinct a.sha256, d.id, v.title
				from content_attachment a
				join content_document d on d.id = a.document_id and d.site_id = :site
				join content_version v on v.document_id = d.id and v.number = d.current_version
				where a.sha256 = any(:digests)
				  and (v.cover_id = a.id
				       or exists (select 1 from content_version_attachment va where va.version_id = v.id and va.attachment_id = a.id)
				       or strpos(v.body, 'attachment:' || a.id || '"') > 0)
				order by a.sha256, d.id""")
			.param("site", siteId)
			.param("digests", digests.toArray(String[]::new))
			.query(rs -> {
				uses.computeIfAbsent(rs.getString(1), digest -> new ArrayList<>())
					.add(new MediaFile.UsedIn(rs.getLong(2), rs.getString(3)));
			});
		return uses;
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, MediaQuery query) {
		String text = query.text();
		return statement.param("site", query.siteId())
			.param("text", text)
			.param("pattern", text == null ? "" : "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
			.param("kind", query.kind().name())
			.param("pictures", FileTypes.PICTURES.toArray(String[]::new));
	}

	private record Row(long id, String fileName, String mediaType, long size, String sha256, String uploadedBy,
			java.time.Instant uploadedAt) {
	}
}
