package org.govsite.interaction.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The letter form's challenge: solved once, then used up; a wrong or foreign solution fails. */
class ProofOfWorkTests {

	final ProofOfWork proof = new ProofOfWork(new InteractionProperties(10, 5, 12, 5000, java.time.LocalTime.of(7, 40)),
			Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneId.of("Asia/Shanghai")));

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
		assertThat(proof.take("0123456789abcdef0123456789abcdef", ProofOfWork.solve(challenge))).isFalse();
		assertThat(proof.take(challenge.challenge(), ProofOfWork.solve(challenge))).as("still open after a wrong try").isTrue();
	}
}
