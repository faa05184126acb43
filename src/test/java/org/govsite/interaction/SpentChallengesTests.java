package org.govsite.interaction;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.govsite.interaction.internal.SpentChallenges;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two public nodes on one database with {@code govsite.cluster.enabled}: a challenge spent on one
 * is refused on the other; spent challenges are deleted once expired, not before.
 */
@IntegrationTest
class SpentChallengesTests {

	static final Clock NOW = Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

	@Autowired
	JdbcClient jdbc;

	@Test
	void aChallengeSpentOnOneNodeIsRefusedOnAnother() {
		ProofOfWork nodeA = new ProofOfWork(8, ProofOfWorkTests.KEY, NOW, SpentChallenges.shared(jdbc));
		ProofOfWork nodeB = new ProofOfWork(8, ProofOfWorkTests.KEY, NOW, SpentChallenges.shared(jdbc));
		ProofOfWork.Challenge challenge = nodeA.issue();
		String solution = ProofOfWork.solve(challenge);

		assertThat(nodeB.take(challenge.challenge(), solution)).isTrue();
		assertThat(nodeA.take(challenge.challenge(), solution)).as("spent on the other node").isFalse();
		assertThat(nodeB.take(challenge.challenge(), solution)).isFalse();
	}

	@Test
	void perNodeAChallengeCanBeSpentOnceOnEachNode() {
		ProofOfWork nodeA = new ProofOfWork(8, ProofOfWorkTests.KEY, NOW, SpentChallenges.perNode());
		ProofOfWork nodeB = new ProofOfWork(8, ProofOfWorkTests.KEY, NOW, SpentChallenges.perNode());
		ProofOfWork.Challenge challenge = nodeA.issue();
		String solution = ProofOfWork.solve(challenge);

		assertThat(nodeA.take(challenge.challenge(), solution)).isTrue();
		assertThat(nodeB.take(challenge.challenge(), solution)).as("the cluster is off: each node remembers its own").isTrue();
	}

	@Test
	void expiredChallengesAreDeletedAndUnexpiredOnesKept() {
		SpentChallenges spent = SpentChallenges.shared(jdbc);
		Instant now = NOW.instant();
		String expired = "expired-" + System.nanoTime();
		String open = "open-" + System.nanoTime();
		assertThat(spent.spend(expired, now.minusSeconds(1))).isTrue();
		assertThat(spent.spend(open, now.plusSeconds(60))).isTrue();

		spent.forgetExpired(now);

		assertThat(count(expired)).isZero();
		assertThat(count(open)).isOne();
		assertThat(spent.spend(open, now.plusSeconds(60))).as("still spent").isFalse();
	}

	private long count(String challenge) {
		return jdbc.sql("select count(*) from interaction_spent_challenge where challenge = :c").param("c", challenge)
			.query(Long.class).single();
	}
}
