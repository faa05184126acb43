package org.govsite.content;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many documents at once, made by SQL as copies of one made through the library: a site at
 * provincial scale in seconds. Copies keep the original's state and placements; each is a minute
 * older than the one before and titled with its number.
 */
final class DocumentClones {

	private final JdbcClient jdbc;

	DocumentClones(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The copies' ids, newest first. */
	List<Long> of(long documentId, int copies, String titlePrefix) {
		String documentColumns = columns("content_document", "id", "updated_at");
		List<Long> ids = jdbc.sql("insert into content_document (" + documentColumns + ", updated_at) select " + documentColumns
				+ ", d.updated_at - g * interval '1 minute' from content_document d, generate_series(1, :n) g"
				+ " where d.id = :d order by g returning id")
			.param("n", copies)
			.param("d", documentId)
			.query(Long.class)
			.list();
		String versionColumns = columns("content_version", "id", "document_id", "title");
		jdbc.sql("insert into content_version (document_id, title, " + versionColumns + ") select c.id, :prefix || c.n, "
				+ versionColumns + " from content_version, unnest(cast(:ids as bigint[])) with ordinality c(id, n)"
				+ " where document_id = :d")
			.param("prefix", titlePrefix)
			.param("ids", ids.toArray(Long[]::new))
			.param("d", documentId)
			.update();
		String placementColumns = columns("content_placement", "document_id");
		jdbc.sql("insert into content_placement (document_id, " + placementColumns + ") select c.id, " + placementColumns
				+ " from content_placement, unnest(cast(:ids as bigint[])) c(id) where document_id = :d")
			.param("ids", ids.toArray(Long[]::new))
			.param("d", documentId)
			.update();
		jdbc.sql("analyze content_document").update();
		return ids;
	}

	private String columns(String table, String... except) {
		return jdbc.sql("select column_name from information_schema.columns where table_schema = current_schema()"
				+ " and table_name = :t and not (cast(column_name as text) = any(cast(:except as text[]))) order by ordinal_position")
			.param("t", table)
			.param("except", except)
			.query(String.class)
			.list()
			.stream()
			.collect(Collectors.joining(", "));
	}
}
