package org.govsite.content.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.govsite.content.BoundedCount;
import org.govsite.content.DocumentFilter;
import org.govsite.content.DocumentState;
import org.govsite.content.DocumentSummary;
import org.govsite.content.DocumentType;
import org.govsite.content.ReviewQueue;
import org.govsite.content.VersionSummary;
import org.govsite.identity.StaffAccess;
import org.govsite.identity.StaffRole;
import org.govsite.platform.NotFound;
import org.govsite.platform.PageSize;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The console's lists of documents, with their filters, in SQL. */
@Component
public class ContentQueries {

	private final ZoneId zone;

	private static final String SUMMARY_SELECT = """
			select d.id, d.site_id, d.type, d.state, d.review_level, v.title, d.created_by, d.updated_at,
			    d.live_version is not null as live, d.first_published_at,
			    array(select p.channel_id from content_placement p where p.document_id = d.id order by p.channel_id) as channels
			from content_document d
			join content_version v on v.document_id = d.id and v.number = d.current_version
			""";

	private final JdbcClient jdbc;

	private final SiteDirectory sites;

	private final ContentAccess access;

	ContentQueries(JdbcClient jdbc, SiteDirectory sites, ContentAccess access, Clock clock) {
		this.zone = clock.getZone();
		this.jdbc = jdbc;
		this.sites = sites;
		this.access = access;
	}

	public boolean mayRead(long documentId) {
		return access.mayRead(documentId);
	}

	/** The sites whose documents the user may list, or just the one asked for if they may. */
	public List<Long> readableSites(@Nullable Long siteId) {
		return sites.all().stream().map(SiteSummary::id)
			.filter(id -> siteId == null || id.equals(siteId))
			.filter(access::mayReadSite)
			.toList();
	}

	public List<DocumentSummary> list(DocumentFilter filter, List<Long> siteIds, int offset, int limit) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, siteIds, params);
		params.put("offset", PageSize.offset(offset));
		params.put("limit", PageSize.of(limit));
		return jdbc.sql(SUMMARY_SELECT + where + " order by d.updated_at desc, d.id desc offset :offset limit :limit")
			.params(params)
			.query((rs, n) -> summary(rs))
			.list();
	}

	/** Counted up to the cap: past it the pager offers the next page anyway and the user filters. */
	public BoundedCount count(DocumentFilter filter, List<Long> siteIds) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, siteIds, params);
		// every document has its current version: the join only matters when the title is searched
		String from = hasText(filter) ? "content_document d join content_version v on v.document_id = d.id"
				+ " and v.number = d.current_version " : "content_document d ";
		params.put("cap", BoundedCount.CAP + 1);
		return BoundedCount.of(jdbc.sql("select count(*) from (select 1 from " + from + where + " limit :cap) bounded")
			.params(params)
			.query(Integer.class)
			.single());
	}

	private static boolean hasText(DocumentFilter filter) {
		return filter.text() != null && !filter.text().isBlank();
	}

	/** Conditions with bound parameters only; the SQL text itself never contains input. */
	private String where(DocumentFilter filter, List<Long> siteIds, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		if (siteIds.size() == 1) {
			// an equality, not any(array): the planner walks the site's index in the list's order only for it
			conditions.add("d.site_id = :site");
			params.put("site", siteIds.getFirst());
		}
		else {
			conditions.add("d.site_id = any(:sites)");
			params.put("sites", siteIds.toArray(Long[]::new));
		}
		if (filter.channelId() != null) {
			conditions.add("exists (select 1 from content_placement p where p.document_id = d.id and p.channel_id = :channel)");
			params.put("channel", filter.channelId());
		}
		if (filter.state() != null) {
			conditions.add("d.state = :state");
			params.put("state", filter.state().name());
		}
		if (filter.author() != null && !filter.author().isBlank()) {
			conditions.add("d.created_by = :author");
			params.put("author", filter.author().strip());
		}
		if (filter.from() != null) {
			conditions.add("d.updated_at >= :from");
			params.put("from", Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
		}
		if (filter.to() != null) {
			conditions.add("d.updated_at < :to");
			params.put("to", Timestamp.from(filter.to().plusDays(1).atTime(LocalTime.MIDNIGHT).atZone(zone).toInstant()));
		}
		if (hasText(filter)) {
			conditions.add("v.title ilike :text");
			params.put("text", "%" + filter.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		return "where " + String.join(" and ", conditions);
	}

	/**
	 * A page of the documents at a review level in the sites the user reviews, that they may review:
	 * of a channel they review (or site-wide), and not written or edited by them; the longest
	 * waiting first. Every rule is in the SQL, so the page and the count are those of the rules.
	 */
	public ReviewQueue awaitingReview(StaffAccess user, String username, int offset, int limit) {
		Map<String, Object> params = new HashMap<>();
		String where = reviewable(user, username, params);
		if (where == null) {
			return new ReviewQueue(List.of(), BoundedCount.of(0));
		}
		params.put("offset", PageSize.offset(offset));
		params.put("limit", PageSize.of(limit));
		params.put("cap", BoundedCount.CAP + 1);
		List<DocumentSummary> page = jdbc.sql(SUMMARY_SELECT + where + " order by d.updated_at, d.id offset :offset limit :limit")
			.params(params)
			.query((rs, n) -> summary(rs))
			.list();
		int counted = jdbc.sql("select count(*) from (select 1 from content_document d " + where + " limit :cap) bounded")
			.params(params)
			.query(Integer.class)
			.single();
		return new ReviewQueue(page, BoundedCount.of(counted));
	}

	/** The reviewer's conditions, or {@code null} when they review nothing. */
	private static @Nullable String reviewable(StaffAccess user, String username, Map<String, Object> params) {
		Set<Long> wholeSites = user.sitesWhollyWith(StaffRole.REVIEWER);
		List<Long> grantSites = new ArrayList<>();
		List<Long> grantChannels = new ArrayList<>();
		user.channelsWith(StaffRole.REVIEWER).forEach((site, channels) -> channels.forEach(channel -> {
			grantSites.add(site);
			grantChannels.add(channel);
		}));
		if (wholeSites.isEmpty() && grantChannels.isEmpty()) {
			return null;
		}
		params.put("wholeSites", wholeSites.toArray(Long[]::new));
		params.put("grantSites", grantSites.toArray(Long[]::new));
		params.put("grantChannels", grantChannels.toArray(Long[]::new));
		params.put("me", username);
		return """
				where d.state in ('IN_REVIEW', 'HELD_FOR_SECRECY')
				  and (d.site_id = any(:wholeSites) or exists (select 1 from content_placement p
				      join unnest(cast(:grantSites as bigint[]), cast(:grantChannels as bigint[])) as g(site_id, channel_id)
				        on g.channel_id = p.channel_id
				      where p.document_id = d.id and g.site_id = d.site_id))
				  and d.created_by <> :me
				  and not exists (select 1 from content_version e where e.document_id = d.id and e.edited_by = :me)
				  -- one reviewer passes one level of a round: a later level is not theirs to act on
				  and not exists (select 1 from content_history h where h.document_id = d.id and h.action = 'APPROVED'
				      and h.actor = :me and h.position > coalesce((select max(s.position) from content_history s
				          where s.document_id = d.id and s.action = 'SUBMITTED'), -1))
				""";
	}

	/** Throws {@link NotFound} when no document has the id: a list of an unknown document is no empty list. */
	public void requireDocument(long documentId) {
		if (jdbc.sql("select count(*) from content_document where id = ?").param(documentId).query(Long.class).single() == 0) {
			throw new NotFound("document", documentId);
		}
	}

	public List<VersionSummary> versions(long documentId) {
		return jdbc.sql("""
				select v.number, v.title, v.edited_by, v.edited_at, d.live_version, d.current_version
				from content_version v join content_document d on d.id = v.document_id
				where v.document_id = ? order by v.number desc""")
			.param(documentId)
			.query((rs, n) -> {
				int number = rs.getInt("number");
				Integer live = CatalogQueries.nullableLong(rs, "live_version") == null ? null : rs.getInt("live_version");
				return new VersionSummary(number, rs.getString("title"), rs.getString("edited_by"),
						Objects.requireNonNull(ContentStore.instant(rs, "edited_at")), live != null && live == number,
						rs.getInt("current_version") == number);
			})
			.list();
	}

	private static DocumentSummary summary(ResultSet rs) throws SQLException {
		return new DocumentSummary(rs.getLong("id"), rs.getLong("site_id"), DocumentType.valueOf(rs.getString("type")),
				DocumentState.valueOf(rs.getString("state")), rs.getInt("review_level"), rs.getString("title"),
				rs.getString("created_by"), Objects.requireNonNull(ContentStore.instant(rs, "updated_at")),
				rs.getBoolean("live"), ContentStore.instant(rs, "first_published_at"), longs(rs.getArray("channels")));
	}

	private static List<Long> longs(@Nullable Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		List<Long> values = new ArrayList<>();
		for (Object value : (Object[]) array.getArray()) {
			values.add(((Number) value).longValue());
		}
		return values;
	}
}
