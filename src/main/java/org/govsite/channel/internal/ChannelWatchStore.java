package org.govsite.channel.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govsite.channel.ChannelFreshness;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The columns that watch a channel: its responsible account, its last publication, the warnings sent. */
@Component
public class ChannelWatchStore {

	private final JdbcClient jdbc;

	/** Whose day a moment falls on: the platform's (govsite.zone). */
	private final ZoneId zone;

	ChannelWatchStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.zone = clock.getZone();
	}

	/** Something went live in the channels at that moment (a later one never moves it back). */
	public void published(Collection<Long> channelIds, Instant at) {
		jdbc.sql("""
				update channel set last_published_at = greatest(coalesce(last_published_at, :at), :at)
				where id = any(:ids)""")
			.param("at", Timestamp.from(at))
			.param("ids", channelIds.toArray(Long[]::new))
			.update();
	}

	/** The day something last went live in each channel of the site that ever had anything. */
	public Map<Long, LocalDate> lastPublished(long siteId) {
		Map<Long, LocalDate> days = new HashMap<>();
		jdbc.sql("select id, last_published_at from channel where site_id = ? and last_published_at is not null")
			.param(siteId)
			.query((rs, n) -> days.put(rs.getLong(1), rs.getTimestamp(2).toInstant().atZone(zone).toLocalDate()))
			.list();
		return days;
	}

	public void assign(long channelId, @Nullable String username) {
		jdbc.sql("update channel set responsible_account = ? where id = ?").params(username, channelId).update();
	}

	public Optional<String> responsibleAccount(long channelId) {
		return jdbc.sql("select responsible_account from channel where id = ? and responsible_account is not null")
			.param(channelId)
			.query(String.class)
			.optional();
	}

	/** The responsible account of each channel of the site that has one. */
	public Map<Long, String> responsibleAccounts(long siteId) {
		Map<Long, String> accounts = new HashMap<>();
		jdbc.sql("select id, responsible_account from channel where site_id = ? and responsible_account is not null")
			.param(siteId)
			.query((rs, n) -> accounts.put(rs.getLong(1), rs.getString(2)))
			.list();
		return accounts;
	}

	/** The sites with a channel the user is responsible for. */
	public List<Long> sitesResponsibleFor(String username) {
		return jdbc.sql("select distinct site_id from channel where responsible_account = ? and archived_on is null")
			.param(username)
			.query(Long.class)
			.list();
	}

	/** Every site with an open channel. */
	public List<Long> sites() {
		return jdbc.sql("select distinct site_id from channel where archived_on is null order by site_id")
			.query(Long.class)
			.list();
	}

	/** Notes a warning as sent; false when it was sent before. */
	public boolean warned(long channelId, ChannelFreshness.State state, @Nullable LocalDate due, Instant at) {
		return jdbc.sql("""
				insert into channel_update_warning (channel_id, state, due, warned_at) values (?, ?, ?, ?)
				on conflict do nothing""")
			.params(channelId, state.name(), due, Timestamp.from(at))
			.update() > 0;
	}
}
