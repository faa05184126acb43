package org.govsite.interaction;

import org.govsite.interaction.internal.InteractionProperties;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j, in memory per public node, as search's limit) per client address and
 * per phone number: a letter costs one token of each.
 */
@Component
public class SubmissionLimits {

	private final Map<String, Bucket> byAddress = new ConcurrentHashMap<>();

	private final Map<String, Bucket> byPhone = new ConcurrentHashMap<>();

	private final Map<String, Bucket> lookups = new ConcurrentHashMap<>();

	private final Map<String, Bucket> subscriptions = new ConcurrentHashMap<>();

	private final int perHour;

	private final int perDay;

	SubmissionLimits(InteractionProperties properties) {
		this.perHour = properties.lettersPerHourPerAddress();
		this.perDay = properties.lettersPerDayPerPhone();
	}

	public boolean tryAddress(String address) {
		return byAddress.computeIfAbsent(address, key -> bucket(perHour, Duration.ofHours(1))).tryConsume(1);
	}

	/**
	 * Subscription requests, each of which mails a stranger's address: as many an hour per address
	 * as letters, in a bucket of their own so that neither crowds out the other.
	 */
	public boolean trySubscription(String address) {
		return subscriptions.computeIfAbsent(address, key -> bucket(perHour, Duration.ofHours(1))).tryConsume(1);
	}

	/** Following letters by code: 60 a minute per address, far too few to guess a code. */
	public boolean tryLookup(String address) {
		return lookups.computeIfAbsent(address, key -> bucket(60, Duration.ofMinutes(1))).tryConsume(1);
	}

	/** By the phone's digest: the number itself is not kept even in memory. */
	public boolean tryPhone(String phoneDigest) {
		return byPhone.computeIfAbsent(phoneDigest, key -> bucket(perDay, Duration.ofDays(1))).tryConsume(1);
	}

	private static Bucket bucket(int capacity, Duration period) {
		return Bucket.builder().addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build()).build();
	}

	@Scheduled(fixedDelayString = "10m")
	void forgetFull() {
		byAddress.values().removeIf(bucket -> bucket.getAvailableTokens() >= perHour);
		byPhone.values().removeIf(bucket -> bucket.getAvailableTokens() >= perDay);
		lookups.values().removeIf(bucket -> bucket.getAvailableTokens() >= 60);
	}
}
