package org.govsite.search.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.govsite.search.SearchRateLimit;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A token bucket per client address for the public search (Bucket4j, in memory: each public node
 * counts its own; behind a load balancer the limit is per node).
 */
@Component
class RateLimits implements SearchRateLimit {

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final int perMinute;

	RateLimits(SearchProperties properties) {
		this.perMinute = properties.requestsPerMinute();
	}

	@Override
	public boolean tryTake(String address) {
		return buckets.computeIfAbsent(address, key -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
			.build()).tryConsume(1);
	}

	/** Buckets of addresses that have been quiet are full again: forget them. */
	@Scheduled(fixedDelayString = "10m")
	void forgetFull() {
		buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= perMinute);
	}
}
