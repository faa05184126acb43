package org.govsite.search.internal;

import org.govsite.platform.RateLimit;
import org.govsite.platform.SharedLimits;
import org.govsite.search.SearchRateLimit;

import org.springframework.stereotype.Component;

/**
 * A token bucket per client address for the public search: in each node's memory, or with
 * {@code govsite.cluster.enabled} one for all public nodes ({@link SharedLimits}).
 */
@Component
class RateLimits implements SearchRateLimit {

	private final RateLimit limit;

	RateLimits(SearchProperties properties, SharedLimits limits) {
		this.limit = limits.perMinute("search.query", properties.requestsPerMinute());
	}

	@Override
	public boolean tryTake(String address) {
		return limit.tryTake(address);
	}
}
