package org.govsite.content.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.govsite.content.OfferState;
import org.govsite.content.OfferStatistics;
import org.govsite.content.OfferView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The lists of 报送 and the yearly counts per department site, in SQL. */
@Component
public class OfferQueries {

	private final ZoneId zone;

	private static final String SELECT = """
			select o.*, v.title from content_offer o
			join content_document d on d.id = o.document_id
			join content_version v on v.document_id = d.id and v.number = coalesce(d.live_version, d.current_version)
			""";

	private final JdbcClient jdbc;

	OfferQueries(JdbcClient jdbc, Clock clock) {
		this.zone = clock.getZone();
		this.jdbc = jdbc;
	}

	public Optional<OfferView> find(long offerId) {
		return jdbc.sql(SELECT + "where o.id = ?").param(offerId).query((rs, n) -> view(rs)).optional();
	}

	/** Offers to the portals given, in the states given, oldest first (the order to work through them). */
	public List<OfferView> toSites(Collection<Long> portalIds, Collection<OfferState> states) {
		if (portalIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + "where o.to_site_id = any(:sites) and o.state = any(:states) order by o.offered_at, o.id")
			.param("sites", portalIds.toArray(Long[]::new))
			.param("states", states.stream().map(Enum::name).toArray(String[]::new))
			.query((rs, n) -> view(rs))
			.list();
	}

	/** The newest offers made by the sites given. */
	public List<OfferView> fromSites(Collection<Long> siteIds, int limit) {
		if (siteIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + "where o.from_site_id = any(:sites) order by o.offered_at desc, o.id desc limit :limit")
			.param("sites", siteIds.toArray(Long[]::new))
			.param("limit", limit)
			.query((rs, n) -> view(rs))
			.list();
	}

	public List<OfferView> ofDocument(long documentId) {
		return jdbc.sql(SELECT + "where o.document_id = ? order by o.offered_at desc, o.id desc")
			.param(documentId)
			.query((rs, n) -> view(rs))
			.list();
	}

	/** The sites a document is offered to, while the offer is open: their staff may read it to decide. */
	public List<Long> openTargets(long documentId) {
		return jdbc.sql("select to_site_id from content_offer where document_id = ? and state in ('OFFERED', 'AWAITING_REVIEW')")
			.param(documentId)
			.query(Long.class)
			.list();
	}

	/**
	 * Per department site, the offers made in the year (China time) and how many were accepted,
	 * for the sites given (as offering site or as portal).
	 *
	 * @param siteNames the names of the sites, by id
	 */
	public List<OfferStatistics> statistics(int year, Collection<Long> siteIds, Map<Long, String> siteNames) {
		if (siteIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select from_site_id, to_site_id, count(*) as offered, count(*) filter (where state = 'ACCEPTED') as accepted
				from content_offer
				where offered_at >= :from and offered_at < :to
				  and (from_site_id = any(:sites) or to_site_id = any(:sites))
				group by from_site_id, to_site_id
				order by to_site_id, from_site_id""")
			.param("from", Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant()))
			.param("to", Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant()))
			.param("sites", siteIds.toArray(Long[]::new))
			.query((rs, n) -> new OfferStatistics(rs.getLong("from_site_id"),
					siteNames.getOrDefault(rs.getLong("from_site_id"), "#" + rs.getLong("from_site_id")),
					rs.getLong("to_site_id"), rs.getInt("offered"), rs.getInt("accepted")))
			.list();
	}

	private static OfferView view(ResultSet rs) throws SQLException {
		return new OfferView(rs.getLong("id"), rs.getLong("document_id"), rs.getString("title"), rs.getLong("from_site_id"),
				rs.getLong("to_site_id"), OfferState.valueOf(rs.getString("state")), rs.getString("offered_by"),
				Objects.requireNonNull(ContentStore.instant(rs, "offered_at")), rs.getString("note"),
				rs.getString("decided_by"), ContentStore.instant(rs, "decided_at"), CatalogQueries.nullableLong(rs, "channel_id"),
				rs.getString("reason"), rs.getString("reviewed_by"), ContentStore.instant(rs, "reviewed_at"));
	}
}
