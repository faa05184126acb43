package org.govsite.content.internal;

import java.util.Collection;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The review levels (一审/二审/三审) and proofreading of each channel; a channel that sets none
 * follows {@code govsite.content.default-review-levels}.
 */
@Component
public class ReviewPolicies {

	private final JdbcClient jdbc;

	private final ContentSettings settings;

	ReviewPolicies(JdbcClient jdbc, ContentSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/** The channel's own policy, if it sets one. */
	public Optional<ReviewRequirement> own(long channelId) {
		return jdbc.sql("select levels, proofreading from content_review_policy where channel_id = ?")
			.param(channelId)
			.query((rs, n) -> new ReviewRequirement(rs.getInt(1), rs.getBoolean(2)))
			.optional();
	}

	public ReviewRequirement of(long channelId) {
		return own(channelId).orElse(settings.defaultRequirement());
	}

	/** What a document placed in these channels needs: the strictest of them (the default when none). */
	public ReviewRequirement strictest(Collection<Long> channelIds) {
		return channelIds.stream().map(this::of).reduce(ReviewRequirement::strictest).orElse(settings.defaultRequirement());
	}

	public void set(long channelId, ReviewRequirement requirement) {
		jdbc.sql("""
				insert into content_review_policy (channel_id, levels, proofreading) values (?, ?, ?)
				on conflict (channel_id) do update set levels = excluded.levels, proofreading = excluded.proofreading""")
			.params(channelId, requirement.levels(), requirement.proofreading())
			.update();
	}

	public void clear(long channelId) {
		jdbc.sql("delete from content_review_policy where channel_id = ?").param(channelId).update();
	}
}
