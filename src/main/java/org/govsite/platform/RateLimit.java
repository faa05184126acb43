package org.govsite.platform;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * How often one client address may call a public endpoint: a token bucket per address (Bucket4j,
 * in memory, as search's and the letters' limits: each public node counts its own, so behind a
 * load balancer the limit is per node). The allowance comes back whole at the end of each period,
 * so that "so many a minute" means just that however the calls are spread. Buckets of addresses that have been quiet long enough to
 * be full again are forgotten now and then, so that the map holds only the recent callers.
 */
public final class RateLimit {

	private static final long SWEEP_NANOS = Duration.ofMinutes(10).toNanos();

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final int capacity;

	private final Duration period;

	private final AtomicLong nextSweep = new AtomicLong(System.nanoTime() + SWEEP_NANOS);

	public RateLimit(int capacity, Duration period) {
		if (capacity < 1 || period.isNegative() || period.isZero()) {
			throw new IllegalArgumentException("A rate limit allows at least one call in a period: " + capacity + "/" + period);
		}
		this.capacity = capacity;
		this.period = period;
	}

	public static RateLimit perMinute(int calls) {
		return new RateLimit(calls, Duration.ofMinutes(1));
	}

	/** Whether the address may call now; takes one of its calls if so. */
	public boolean tryTake(String address) {
		sweepNowAndThen();
		return buckets.computeIfAbsent(address, key -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(capacity).refillIntervally(capacity, period).build())
			.build()).tryConsume(1);
	}

	/** How many addresses are remembered (for tests). */
	int remembered() {
		return buckets.size();
	}

	void sweep() {
		buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= capacity);
	}

	private void sweepNowAndThen() {
		long now = System.nanoTime();
		long due = nextSweep.get();
		if (now - due >= 0 && nextSweep.compareAndSet(due, now + SWEEP_NANOS)) {
			sweep();
		}
	}
}
