package org.govsite.interaction.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.govsite.interaction.SubscriptionFrequency;
import org.govsite.interaction.SubscriptionScope;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The subscriptions (sealed addresses, scopes, confirmation) and what waits to be sent to each. */
@Repository
public class SubscriptionStore {

	private final JdbcClient jdbc;

	SubscriptionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A subscription as stored; the address sealed. */
	public record Stored(long id, long siteId, String sealedEmail, String emailDigest, SubscriptionScope scope,
			SubscriptionFrequency frequency, Instant createdAt, @Nullable Instant confirmedAt) {

		public boolean confirmed() {
			return confirmedAt != null;
		}
	}

	/** The subscribers of a site, per state. */
	public record Counts(long siteId, int confirmed, int pending) {
	}

	public long insert(long siteId, String sealedEmail, String digest, SubscriptionScope scope, SubscriptionFrequency frequency,
			Instant now) {
		return jdbc.sql("""
				insert into interaction_subscription (site_id, email, email_digest, channel_ids, keywords, frequency, created_at)
				values (:site, :email, :digest, :channels, :keywords, :frequency, :now) returning id""")
			.param("site", siteId).param("email", sealedEmail).param("digest", digest)
			.param("channels", scope.channelIds().stream().sorted().toArray(Long[]::new))
			.param("keywords", scope.keywords().toArray(String[]::new)).param("frequency", frequency.name())
			.param("now", Timestamp.from(now)).query(Long.class).single();
	}

	/** Whether the address asked for a subscription to the site since then and has not confirmed it yet. */
	public boolean pendingSince(long siteId, String digest, Instant since) {
		return jdbc.sql("""
				select exists (select 1 from interaction_subscription where site_id = :site and email_digest = :digest
				  and confirmed_at is null and created_at > :since)""")
			.param("site", siteId).param("digest", digest).param("since", Timestamp.from(since)).query(Boolean.class).single();
	}

	public Optional<Stored> find(long id) {
		return jdbc.sql("select * from interaction_subscription where id = :id").param("id", id).query(this::stored).optional();
	}

	/** Confirms the subscription, replacing the address's earlier one for the site. */
	public void confirm(Stored subscription, Instant at) {
		jdbc.sql("""
				delete from interaction_subscription where site_id = :site and email_digest = :digest
				  and confirmed_at is not null and id <> :id""")
			.param("site", subscription.siteId()).param("digest", subscription.emailDigest()).param("id", subscription.id())
			.update();
		jdbc.sql("update interaction_subscription set confirmed_at = :at where id = :id and confirmed_at is null")
			.param("at", Timestamp.from(at)).param("id", subscription.id()).update();
	}

	/** Marks the subscription as a citizen account's, listed on its 我的 page. */
	public void ownedBy(long id, long citizenId) {
		jdbc.sql("update interaction_subscription set citizen_id = :c where id = :id").param("c", citizenId).param("id", id)
			.update();
	}

	/** A citizen account's subscriptions, newest first. */
	public List<Stored> ofCitizen(long citizenId) {
		return jdbc.sql("select * from interaction_subscription where citizen_id = :c order by created_at desc, id desc")
			.param("c", citizenId).query(this::stored).list();
	}

	/** Removes the subscription if it is the account's; whether it was. */
	public boolean deleteOwned(long id, long citizenId) {
		return jdbc.sql("delete from interaction_subscription where id = :id and citizen_id = :c").param("id", id)
			.param("c", citizenId).update() > 0;
	}

	/** Removes the subscription with its address and what waited for it. */
	public boolean delete(long id) {
		return jdbc.sql("delete from interaction_subscription where id = :id").param("id", id).update() > 0;
	}

	/** Requests never confirmed, made before then: removed with their addresses. */
	public int deleteUnconfirmedBefore(Instant before) {
		return jdbc.sql("delete from interaction_subscription where confirmed_at is null and created_at < :before")
			.param("before", Timestamp.from(before)).update();
	}

	/** The site's confirmed subscriptions that look at one of these channels (or at the whole site). */
	public List<Stored> watching(long siteId, Collection<Long> channelIds) {
		return jdbc.sql("""
				select * from interaction_subscription where site_id = :site and confirmed_at is not null
				  and (channel_ids = '{}' or channel_ids && :channels) order by id""")
			.param("site", siteId).param("channels", channelIds.toArray(Long[]::new)).query(this::stored).list();
	}

	/** Adds the document to what waits for each subscription, once. */
	public void queue(Collection<Long> subscriptionIds, long documentId, long siteId, Instant now) {
		for (long id : subscriptionIds) {
			jdbc.sql("""
					insert into interaction_subscription_item (subscription_id, document_id, site_id, queued_at)
					values (:s, :d, :site, :now) on conflict do nothing""")
				.param("s", id).param("d", documentId).param("site", siteId).param("now", Timestamp.from(now)).update();
		}
	}

	/** The documents waiting for the subscription, oldest first. */
	public List<Long> waiting(long subscriptionId) {
		return jdbc.sql("select document_id from interaction_subscription_item where subscription_id = :s order by queued_at, document_id")
			.param("s", subscriptionId).query(Long.class).list();
	}

	public void sent(long subscriptionId, Collection<Long> documentIds) {
		jdbc.sql("delete from interaction_subscription_item where subscription_id = :s and document_id = any(:d)")
			.param("s", subscriptionId).param("d", documentIds.toArray(Long[]::new)).update();
	}

	/** The subscriptions that have something waiting. */
	public List<Long> withWaiting() {
		return jdbc.sql("select distinct subscription_id from interaction_subscription_item order by 1").query(Long.class).list();
	}

	public List<Counts> counts(Collection<Long> siteIds) {
		return jdbc.sql("""
				select site_id, count(*) filter (where confirmed_at is not null) as confirmed,
				    count(*) filter (where confirmed_at is null) as pending
				from interaction_subscription where site_id = any(:sites) group by site_id order by site_id""")
			.param("sites", siteIds.toArray(Long[]::new))
			.query((rs, n) -> new Counts(rs.getLong("site_id"), rs.getInt("confirmed"), rs.getInt("pending"))).list();
	}

	/** The site's newest confirmed subscriptions. */
	public List<Stored> ofSite(long siteId, int limit) {
		return jdbc.sql("""
				select * from interaction_subscription where site_id = :site and confirmed_at is not null
				order by confirmed_at desc, id desc limit :limit""")
			.param("site", siteId).param("limit", limit).query(this::stored).list();
	}

	private Stored stored(ResultSet rs, int row) throws SQLException {
		Timestamp confirmed = rs.getTimestamp("confirmed_at");
		return new Stored(rs.getLong("id"), rs.getLong("site_id"), rs.getString("email"), rs.getString("email_digest"),
				new SubscriptionScope(longs(rs.getArray("channel_ids")), strings(rs.getArray("keywords"))),
				SubscriptionFrequency.valueOf(rs.getString("frequency")), rs.getTimestamp("created_at").toInstant(),
				confirmed == null ? null : confirmed.toInstant());
	}

	private static Set<Long> longs(Array array) throws SQLException {
		return Arrays.stream((Long[]) array.getArray()).collect(Collectors.toSet());
	}

	private static List<String> strings(Array array) throws SQLException {
		return List.of((String[]) array.getArray());
	}
}
