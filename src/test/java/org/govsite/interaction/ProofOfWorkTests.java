package org.govsite.interaction;

import org.govsite.interaction.ProofOfWork;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The letter form's challenge: solved once, then used up; a wrong solution, a forged challenge, an expired one fail. */
class ProofOfWorkTests {

	static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	final ProofOfWork proof = new ProofOfWork(12, KEY, Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneId.of("Asia/Shanghai")));

	@Test
	void aSolvedChallengeIsTakenOnceOnly() {
		ProofOfWork.Challenge challenge = proof.issue();
		String solution = ProofOfWork.solve(challenge);

		assertThat(proof.take(challenge.challenge(), solution)).isTrue();
		assertThat(proof.take(challenge.challenge(), solution)).as("used up").isFalse();
	}

	@Test
	void aWrongSolutionOrAnUnknownChallengeFails() {
		ProofOfWork.Challenge challenge = proof.issue();
		String wrong = java.util.stream.LongStream.iterate(0, n -> n + 1)
			.mapToObj(Long::toString)
			.filter(n -> !ProofOfWork.solves(challenge.challenge(), n, challenge.bits()))
			.findFirst()
			.orElseThrow();

		assertThat(proof.take(challenge.challenge(), wrong)).isFalse();
		String forged = challenge.challenge().replaceFirst("^\\d+", "9999999999");
		assertThat(proof.take(forged, ProofOfWork.solve(new ProofOfWork.Challenge(forged, challenge.bits()))))
			.as("a later expiry than signed").isFalse();
		assertThat(proof.take(challenge.challenge(), ProofOfWork.solve(challenge))).as("still open after a wrong try").isTrue();
	}

	@Test
	void anotherNodeWithTheSameKeyTakesTheChallengeButNotAfterItsTenMinutes() {
		ProofOfWork.Challenge challenge = proof.issue();
		String solution = ProofOfWork.solve(challenge);
		ProofOfWork later = new ProofOfWork(12, KEY, Clock.fixed(Instant.parse("2026-03-02T01:10:01Z"), ZoneId.of("Asia/Shanghai")));
		ProofOfWork otherNode = new ProofOfWork(12, KEY, Clock.fixed(Instant.parse("2026-03-02T01:05:00Z"), ZoneId.of("Asia/Shanghai")));

		assertThat(later.take(challenge.challenge(), solution)).as("expired").isFalse();
		assertThat(otherNode.take(challenge.challenge(), solution)).isTrue();
	}
}
