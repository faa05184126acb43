package org.govsite.platform;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shared per-address limit of the public endpoints. */
class RateLimitTests {

	@Test
	void eachAddressHasItsOwnAllowance() {
		RateLimit limit = RateLimit.perMinute(2);
		assertThat(limit.tryTake("192.0.2.1")).isTrue();
		assertThat(limit.tryTake("192.0.2.1")).isTrue();
		assertThat(limit.tryTake("192.0.2.1")).isFalse();
		assertThat(limit.tryTake("192.0.2.2")).isTrue();
	}

	@Test
	void quietAddressesAreForgottenBusyOnesKept() throws InterruptedException {
		RateLimit limit = new RateLimit(1, Duration.ofDays(1));
		limit.tryTake("192.0.2.1");
		RateLimit roomy = new RateLimit(5, Duration.ofMillis(1));
		roomy.tryTake("192.0.2.3");
		limit.sweep();
		assertThat(limit.remembered()).as("an empty bucket is kept").isOne();
		Thread.sleep(20);
		roomy.sweep();
		assertThat(roomy.remembered()).as("a bucket full again is forgotten").isZero();
	}

	@Test
	void refusesALimitThatAllowsNothing() {
		assertThatThrownBy(() -> RateLimit.perMinute(0)).isInstanceOf(IllegalArgumentException.class);
	}
}
