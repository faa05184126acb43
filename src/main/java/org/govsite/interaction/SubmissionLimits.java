package org.govsite.interaction;

import java.time.Duration;

import org.govsite.interaction.internal.InteractionProperties;
import org.govsite.platform.RateLimit;
import org.govsite.platform.SharedLimits;

import org.springframework.stereotype.Component;

/**
 * Token buckets per client address and per phone number: a letter costs one token of each. In
 * each public node's memory, or with {@code govsite.cluster.enabled} in PostgreSQL for all nodes
 * together ({@link SharedLimits}; what that costs a letter is in docs/performance.md).
 */
@Component
public class SubmissionLimits {

	private final RateLimit byAddress;

	private final RateLimit byPhone;

	private final RateLimit lookups;

	private final RateLimit subscriptions;

	SubmissionLimits(InteractionProperties properties, SharedLimits limits) {
		Duration hour = Duration.ofHours(1);
		this.byAddress = limits.limit("interaction.letter.address", properties.lettersPerHourPerAddress(), hour);
		this.byPhone = limits.limit("interaction.letter.phone", properties.lettersPerDayPerPhone(), Duration.ofDays(1));
		// following letters by code: 60 a minute per address, far too few to guess a code
		this.lookups = limits.perMinute("interaction.lookup", 60);
		// each subscription mails a stranger's address: as many as letters, in a bucket of their own
		this.subscriptions = limits.limit("interaction.subscription", properties.lettersPerHourPerAddress(), hour);
	}

	public boolean tryAddress(String address) {
		return byAddress.tryTake(address);
	}

	/** Subscription requests, which mail a stranger's address. */
	public boolean trySubscription(String address) {
		return subscriptions.tryTake(address);
	}

	/** Following letters by code. */
	public boolean tryLookup(String address) {
		return lookups.tryTake(address);
	}

	/** By the phone's digest: the number itself is not kept even in memory. */
	public boolean tryPhone(String phoneDigest) {
		return byPhone.tryTake(phoneDigest);
	}
}
