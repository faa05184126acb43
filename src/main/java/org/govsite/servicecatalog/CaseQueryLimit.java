package org.govsite.servicecatalog;

import org.govsite.platform.RateLimit;
import org.govsite.platform.SharedLimits;
import org.govsite.servicecatalog.internal.CaseFeedProperties;

import org.springframework.stereotype.Component;

/**
 * How often one client address may query cases (办件查询), on the page and the API alike
 * ({@code govsite.servicecatalog.case-feed.queries-per-minute}): enough for a person, far too few
 * to walk through application numbers.
 */
@Component
public class CaseQueryLimit {

	private final RateLimit limit;

	CaseQueryLimit(CaseFeedProperties properties, SharedLimits limits) {
		this.limit = limits.perMinute("servicecatalog.case-query", properties.queriesPerMinute());
	}

	/** Whether the address may query now; takes one of its queries if so. */
	public boolean tryTake(String address) {
		return limit.tryTake(address);
	}
}
