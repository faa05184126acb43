package org.govsite.jobs;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.fail;

/** Waits for background work; fails the test when it does not come in time. */
final class Waiting {

	private Waiting() {
	}

	static void until(String what, Duration limit, BooleanSupplier condition) {
		long end = System.nanoTime() + limit.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				fail("Waited " + limit.toSeconds() + " s in vain for: " + what);
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				fail("Interrupted while waiting for: " + what);
			}
		}
	}
}
