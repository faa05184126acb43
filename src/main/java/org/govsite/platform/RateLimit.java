package org.govsite.platform;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import org.jspecify.annotations.Nullable;

/**
 * How often one client address may call a public endpoint: a token bucket per address (Bucket4j).
 * Made here, it is in memory: each public node counts its own, so behind a load balancer the limit
 * is per node; made by {@link SharedLimits} with {@code govsite.cluster.enabled}, the buckets are
 * in PostgreSQL and count all nodes together. The allowance comes back whole at the end of each period,
 * so that "so many a minute" means just that however the calls are spread. Buckets of addresses that have been quiet long enough to
 * be full again are forgotten now and then, so that the map holds only the recent callers.
 */
public final class RateLimit {

	private static final long SWEEP_NANOS = Duration.ofMinutes(10).toNanos();

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final int capacity;

	private final Duration period;

	private final AtomicLong nextSweep = new AtomicLong(System.nanoTime() + SWEEP_NANOS);

	/** The shared buckets, or none for this node's memory. */
	private final @Nullable ProxyManager<String> shared;

	private final String name;

	private final BucketConfiguration configuration;

	public RateLimit(int capacity, Duration period) {
		this(capacity, period, null, "");
	}

	private RateLimit(int capacity, Duration period, @Nullable ProxyManager<String> shared, String name) {
		if (capacity < 1 || period.isNegative() || period.isZero()) {
			throw new IllegalArgumentException("A rate limit allows at least one call in a period: " + capacity + "/" + period);
		}
		this.capacity = capacity;
		this.period = period;
		this.shared = shared;
		this.name = name;
		this.configuration = BucketConfiguration.builder().addLimit(bandwidth()).build();
	}

	/** A limit whose buckets are kept in the shared store under {@code <name>:<address>}. */
	static RateLimit shared(String name, int capacity, Duration period, ProxyManager<String> buckets) {
		return new RateLimit(capacity, period, buckets, name);
	}

	public static RateLimit perMinute(int calls) {
		return new RateLimit(calls, Duration.ofMinutes(1));
	}

	/** Whether the address may call now; takes one of its calls if so. */
	public boolean tryTake(String address) {
		if (shared != null) {
			return shared.builder().build(name + ":" + address, configuration).tryConsume(1);
		}
		sweepNowAndThen();
		return buckets.computeIfAbsent(address, key -> Bucket.builder().addLimit(bandwidth()).build()).tryConsume(1);
	}

	private Bandwidth bandwidth() {
		return Bandwidth.builder().capacity(capacity).refillIntervally(capacity, period).build();
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
