package org.govsite.interaction.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.govsite.interaction.KnowledgeGap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The 知识库's to-do list, in PostgreSQL: one row per site and question, counted. */
@Repository
public class KnowledgeGapStore {

	private final JdbcClient jdbc;

	KnowledgeGapStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Counts the question once more; a closed one asked again is open again. */
	public void asked(long siteId, String question, LocalDate on) {
		jdbc.sql("""
				insert into interaction_knowledge_gap (site_id, question, first_asked, last_asked)
				values (:site, :question, :on, :on)
				on conflict (site_id, question) do update set times_asked = interaction_knowledge_gap.times_asked + 1,
				last_asked = excluded.last_asked, closed = false""")
			.param("site", siteId)
			.param("question", question)
			.param("on", on)
			.update();
	}

	public List<KnowledgeGap> open(Collection<Long> siteIds, int limit) {
		if (siteIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select id, site_id, question, times_asked, first_asked, last_asked from interaction_knowledge_gap
				where not closed and site_id in (:sites) order by times_asked desc, last_asked desc, id limit :limit""")
			.param("sites", siteIds)
			.param("limit", limit)
			.query((rs, row) -> new KnowledgeGap(rs.getLong("id"), rs.getLong("site_id"), rs.getString("question"),
					rs.getInt("times_asked"), rs.getObject("first_asked", LocalDate.class),
					rs.getObject("last_asked", LocalDate.class)))
			.list();
	}

	public Optional<Long> siteOf(long id) {
		return jdbc.sql("select site_id from interaction_knowledge_gap where id = :id").param("id", id).query(Long.class).optional();
	}

	public void close(long id) {
		jdbc.sql("update interaction_knowledge_gap set closed = true where id = :id").param("id", id).update();
	}
}
