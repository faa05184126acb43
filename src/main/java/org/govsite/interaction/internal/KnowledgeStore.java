package org.govsite.interaction.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.govsite.interaction.KnowledgeEntry;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The 知识库's entries, in PostgreSQL. */
@Repository
public class KnowledgeStore {

	private final JdbcClient jdbc;

	private final ZoneId zone;

	KnowledgeStore(JdbcClient jdbc, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.zone = clock.getZone();
	}

	public long insert(long siteId, long letterId, String question, String answer, String category, String by, Instant at) {
		return jdbc.sql("""
				insert into interaction_knowledge_entry (site_id, letter_id, question, answer, category, created_by, updated_at)
				values (:site, :letter, :question, :answer, :category, :by, :at) returning id""")
			.param("site", siteId)
			.param("letter", letterId)
			.param("question", question)
			.param("answer", answer)
			.param("category", category)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	public void update(long id, String question, String answer, String category, boolean published, Instant at) {
		jdbc.sql("""
				update interaction_knowledge_entry set question = :question, answer = :answer, category = :category,
				published = :published, updated_at = :at where id = :id""")
			.param("id", id)
			.param("question", question)
			.param("answer", answer)
			.param("category", category)
			.param("published", published)
			.param("at", Timestamp.from(at))
			.update();
	}

	public Optional<KnowledgeEntry> find(long id) {
		return jdbc.sql("select * from interaction_knowledge_entry where id = :id").param("id", id).query(this::row).optional();
	}

	public boolean existsForLetter(long letterId) {
		return jdbc.sql("select count(*) from interaction_knowledge_entry where letter_id = :letter")
			.param("letter", letterId)
			.query(Integer.class)
			.single() > 0;
	}

	/** Counts one reading of a published entry: its popularity. */
	public void viewed(long id) {
		jdbc.sql("update interaction_knowledge_entry set views = views + 1 where id = :id and published").param("id", id).update();
	}

	public List<KnowledgeEntry> ofSites(Collection<Long> sites, int limit) {
		if (sites.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from interaction_knowledge_entry where site_id in (:sites) order by updated_at desc limit :limit")
			.param("sites", sites)
			.param("limit", limit)
			.query(this::row)
			.list();
	}

	/** The site's published entries, of one category or all, the most read first. */
	public List<KnowledgeEntry> published(long siteId, @Nullable String category, int offset, int limit) {
		return jdbc.sql("""
				select * from interaction_knowledge_entry where site_id = :site and published
				and (cast(:category as text) is null or category = :category)
				order by views desc, updated_at desc, id desc offset :offset limit :limit""")
			.param("site", siteId)
			.param("category", category)
			.param("offset", offset)
			.param("limit", limit)
			.query(this::row)
			.list();
	}

	public List<KnowledgeEntry> allPublished() {
		return jdbc.sql("select * from interaction_knowledge_entry where published order by id").query(this::row).list();
	}

	/** The categories of the site's published entries, with how many each has. */
	public List<KnowledgeEntry.Category> categories(long siteId) {
		return jdbc.sql("""
				select category, count(*) as entries from interaction_knowledge_entry where site_id = :site and published
				group by category order by count(*) desc, category""")
			.param("site", siteId)
			.query((row, number) -> new KnowledgeEntry.Category(row.getString("category"), row.getInt("entries")))
			.list();
	}

	/**
	 * The site's published entries sharing the most of the given pieces of text (pairs of
	 * characters, words) with their question or answer, at least {@code least} of them; the
	 * question counts double. A plain query: letters' text is short, a site's 知识库 small.
	 */
	public List<KnowledgeEntry> sharing(long siteId, List<String> pieces, int least, int limit) {
		if (pieces.isEmpty()) {
			return List.of();
		}
		StringBuilder score = new StringBuilder();
		List<String> names = new ArrayList<>();
		for (int i = 0; i < pieces.size(); i++) {
			score.append(i == 0 ? "" : " + ")
				.append("(case when strpos(lower(question), :p").append(i).append(") > 0 then 2 when strpos(lower(answer), :p").append(i)
				.append(") > 0 then 1 else 0 end)");
			names.add("p" + i);
		}
		var spec = jdbc.sql("select * from (select e.*, " + score + " as score from interaction_knowledge_entry e"
				+ " where site_id = :site and published) scored where score >= :least"
				+ " order by score desc, views desc, id desc limit :limit")
			.param("site", siteId)
			.param("least", least)
			.param("limit", limit);
		for (int i = 0; i < pieces.size(); i++) {
			spec = spec.param(names.get(i), pieces.get(i));
		}
		return spec.query(this::row).list();
	}

	private KnowledgeEntry row(ResultSet row, int number) throws SQLException {
		long letter = row.getLong("letter_id");
		Long letterId = row.wasNull() ? null : letter;
		return new KnowledgeEntry(row.getLong("id"), row.getLong("site_id"), letterId, row.getString("question"),
				row.getString("answer"), row.getString("category"), row.getBoolean("published"), row.getInt("views"),
				row.getTimestamp("updated_at").toInstant().atZone(zone).toLocalDate());
	}
}
