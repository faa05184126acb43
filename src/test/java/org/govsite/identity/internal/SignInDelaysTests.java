package org.govsite.identity.internal;

import java.time.Duration;
import java.util.Set;

import org.govsite.identity.SecurityPolicy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInDelaysTests {

	final SecurityPolicy policy = new SecurityPolicy(90, 5, 5, 15, 30, Set.of());

	@Test
	void noWaitBeforeThePolicysNumberOfFailures() {
		for (int failures = 0; failures < 5; failures++) {
			assertThat(SignInDelays.after(failures, policy)).isZero();
		}
	}

	@Test
	void theWaitStartsAtAMinuteAndDoublesUpToThePolicysLongest() {
		assertThat(SignInDelays.after(5, policy)).isEqualTo(Duration.ofMinutes(1));
		assertThat(SignInDelays.after(6, policy)).isEqualTo(Duration.ofMinutes(2));
		assertThat(SignInDelays.after(7, policy)).isEqualTo(Duration.ofMinutes(4));
		assertThat(SignInDelays.after(8, policy)).isEqualTo(Duration.ofMinutes(8));
		assertThat(SignInDelays.after(9, policy)).isEqualTo(Duration.ofMinutes(15));
		assertThat(SignInDelays.after(1_000, policy)).isEqualTo(Duration.ofMinutes(15));
	}
}
