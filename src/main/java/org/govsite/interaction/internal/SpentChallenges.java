package org.govsite.interaction.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.govsite.platform.SharedLimits;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The proof-of-work challenges already spent, until they expire: in this node's memory, or, when
 * the public nodes share their limits ({@code govsite.cluster.enabled}), in PostgreSQL, so that a
 * challenge solved once buys one letter on one node only.
 */
@Component
public class SpentChallenges {

	private final Map<String, Instant> inMemory = new ConcurrentHashMap<>();

	private final @Nullable JdbcClient shared;

	@Autowired
	SpentChallenges(JdbcClient jdbc, SharedLimits limits) {
		this(limits.shared() ? jdbc : null);
	}

	private SpentChallenges(@Nullable JdbcClient shared) {
		this.shared = shared;
	}

	/** Kept in this node's memory only. */
	public static SpentChallenges perNode() {
		return new SpentChallenges(null);
	}

	/** Kept in the database, for all nodes sharing it. */
	public static SpentChallenges shared(JdbcClient jdbc) {
		return new SpentChallenges(jdbc);
	}

	/** Whether the challenge was not spent before; it is spent now, until {@code expires}. */
	public boolean spend(String challenge, Instant expires) {
		if (shared == null) {
			return inMemory.putIfAbsent(challenge, expires) == null;
		}
		// one statement: of two nodes inserting the same challenge at once, one inserts and one is refused
		return shared.sql("insert into interaction_spent_challenge (challenge, expires_at) values (:challenge, :expires) "
				+ "on conflict (challenge) do nothing")
			.param("challenge", challenge)
			.param("expires", OffsetDateTime.ofInstant(expires, ZoneOffset.UTC))
			.update() == 1;
	}

	/** Forgets the challenges that have expired (which their expiry refuses anyway). */
	public void forgetExpired(Instant now) {
		if (shared == null) {
			inMemory.values().removeIf(until -> now.isAfter(until));
			return;
		}
		shared.sql("delete from interaction_spent_challenge where expires_at < :now")
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
	}
}
