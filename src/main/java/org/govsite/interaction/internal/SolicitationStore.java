package org.govsite.interaction.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.govsite.interaction.Adoption;
import org.govsite.interaction.Moderation;
import org.govsite.interaction.NewSolicitation;
import org.govsite.interaction.OpinionView;
import org.govsite.interaction.SolicitationView;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Solicitations and their opinions, in interaction_solicitation and interaction_opinion. */
@Repository
public class SolicitationStore {

	private static final String COLUMNS = "id, site_id, title, draft, draft_url, opens_on, closes_on, contact_required, "
			+ "result_due_on, summary, report, result_published_at";

	private final JdbcClient jdbc;

	SolicitationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long siteId, NewSolicitation draft, LocalDate resultDueOn, String actor, Instant now) {
		return jdbc.sql("""
				insert into interaction_solicitation (site_id, title, draft, draft_url, opens_on, closes_on, contact_required,
				  created_by, created_at, result_due_on)
				values (:site, :title, :draft, :url, :opens, :closes, :contact, :actor, :now, :due) returning id""")
			.param("site", siteId).param("title", draft.title()).param("draft", draft.draft()).param("url", draft.draftUrl())
			.param("opens", draft.opensOn()).param("closes", draft.closesOn()).param("contact", draft.contactRequired())
			.param("actor", actor).param("now", java.sql.Timestamp.from(now)).param("due", resultDueOn)
			.query(Long.class).single();
	}

	public Optional<SolicitationView> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from interaction_solicitation where id = :id").param("id", id)
			.query(SolicitationStore::solicitation).optional();
	}

	public Optional<SolicitationView> lock(long id) {
		return jdbc.sql("select " + COLUMNS + " from interaction_solicitation where id = :id for update").param("id", id)
			.query(SolicitationStore::solicitation).optional();
	}

	public List<SolicitationView> ofSites(Collection<Long> siteIds) {
		if (siteIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from interaction_solicitation where site_id in (:sites) order by closes_on desc, id desc")
			.param("sites", siteIds).query(SolicitationStore::solicitation).list();
	}

	/** Closed, results not published: what the 工作台 reminds of. */
	public List<SolicitationView> awaitingResults(Collection<Long> siteIds, LocalDate today) {
		if (siteIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + """
				 from interaction_solicitation
				where site_id in (:sites) and closes_on < :today and result_published_at is null order by result_due_on""")
			.param("sites", siteIds).param("today", today).query(SolicitationStore::solicitation).list();
	}

	public void publishResult(long id, String summary, String report, Instant at) {
		jdbc.sql("update interaction_solicitation set summary = :summary, report = :report, result_published_at = :at where id = :id")
			.param("summary", summary).param("report", report).param("at", java.sql.Timestamp.from(at)).param("id", id).update();
	}

	public long insertOpinion(long solicitationId, String name, @Nullable String sealedContact, String content, Instant now,
			@Nullable String findings) {
		return jdbc.sql("""
				insert into interaction_opinion (solicitation_id, writer_name, contact, content, received_at, findings)
				values (:s, :name, :contact, :content, :now, :findings) returning id""")
			.param("s", solicitationId).param("name", name).param("contact", sealedContact).param("content", content)
			.param("findings", findings)
			.param("now", java.sql.Timestamp.from(now)).query(Long.class).single();
	}

	public Optional<OpinionView> opinion(long id) {
		return jdbc.sql("select * from interaction_opinion where id = :id").param("id", id)
			.query(SolicitationStore::opinion).optional();
	}

	public List<OpinionView> opinions(long solicitationId, @Nullable Moderation state) {
		return jdbc.sql("select * from interaction_opinion where solicitation_id = :s and (cast(:state as text) is null or state = :state) order by id")
			.param("s", solicitationId).param("state", state == null ? null : state.name())
			.query(SolicitationStore::opinion).list();
	}

	public void moderate(long opinionId, Moderation state, String actor, Instant at) {
		jdbc.sql("update interaction_opinion set state = :state, moderated_by = :actor, moderated_at = :at where id = :id")
			.param("state", state.name()).param("actor", actor).param("at", java.sql.Timestamp.from(at)).param("id", opinionId)
			.update();
	}

	public void decide(long opinionId, Adoption adoption, @Nullable String reason) {
		jdbc.sql("update interaction_opinion set adoption = :adoption, adoption_reason = :reason where id = :id")
			.param("adoption", adoption.name()).param("reason", reason).param("id", opinionId).update();
	}

	private static SolicitationView solicitation(ResultSet rs, int row) throws SQLException {
		java.sql.Timestamp published = rs.getTimestamp("result_published_at");
		return new SolicitationView(rs.getLong("id"), rs.getLong("site_id"), rs.getString("title"), rs.getString("draft"),
				rs.getString("draft_url"), rs.getObject("opens_on", LocalDate.class), rs.getObject("closes_on", LocalDate.class),
				rs.getBoolean("contact_required"), rs.getObject("result_due_on", LocalDate.class), rs.getString("summary"),
				rs.getString("report"), published == null ? null : published.toInstant());
	}

	private static OpinionView opinion(ResultSet rs, int row) throws SQLException {
		String adoption = rs.getString("adoption");
		return new OpinionView(rs.getLong("id"), rs.getLong("solicitation_id"), rs.getString("writer_name"),
				rs.getString("content"), rs.getTimestamp("received_at").toInstant(), Moderation.valueOf(rs.getString("state")),
				adoption == null ? null : Adoption.valueOf(adoption), rs.getString("adoption_reason"),
				rs.getString("findings"));
	}
}
