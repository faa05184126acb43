package org.govsite.publish.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsite.publish.TemplateVersion;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The sites' template overrides: every saved version kept, the newest in force. */
@Component
public class TemplateStore {

	private final JdbcClient jdbc;

	TemplateStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The site's overrides in force: template name to source. */
	public Map<String, String> current(long siteId) {
		Map<String, String> current = new LinkedHashMap<>();
		jdbc.sql("""
				select distinct on (name) name, source from publish_template_version
				where site_id = :site order by name, id desc
				""")
			.param("site", siteId)
			.query(rows -> {
				String source = rows.getString(2);
				if (source != null) {
					current.put(rows.getString(1), source);
				}
			});
		return current;
	}

	public List<TemplateVersion> versions(long siteId, String name) {
		return jdbc.sql("""
				select id, name, source, saved_by, saved_at, note from publish_template_version
				where site_id = :site and name = :name order by id desc
				""")
			.param("site", siteId)
			.param("name", name)
			.query((rows, n) -> new TemplateVersion(rows.getLong(1), rows.getString(2), rows.getString(3),
					rows.getString(4), rows.getTimestamp(5).toInstant(), rows.getString(6)))
			.list();
	}

	public long save(long siteId, String name, @Nullable String source, String savedBy, Instant savedAt,
			@Nullable String note) {
		return jdbc.sql("""
				insert into publish_template_version (site_id, name, source, saved_by, saved_at, note)
				values (:site, :name, :source, :by, :at, :note) returning id
				""")
			.param("site", siteId)
			.param("name", name)
			.param("source", source)
			.param("by", savedBy)
			.param("at", java.sql.Timestamp.from(savedAt))
			.param("note", note)
			.query(Long.class)
			.single();
	}
}
