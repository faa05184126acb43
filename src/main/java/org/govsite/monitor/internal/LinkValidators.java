package org.govsite.monitor.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * What an outbound link's last full answer said of its version ({@code ETag},
 * {@code Last-Modified}), kept from one run to the next so that the next request is conditional
 * and an unchanged page answers 304 without its body.
 */
interface LinkValidators {

	/** An answer's validators; at least one of them is set. */
	record Validator(@Nullable String etag, @Nullable String lastModified) {
	}

	Optional<Validator> of(String address);

	void keep(String address, Validator validator);

	/** Validators held for one run only (tests, a single document's check). */
	static LinkValidators inMemory() {
		Map<String, Validator> kept = new ConcurrentHashMap<>();
		return new LinkValidators() {
			@Override
			public Optional<Validator> of(String address) {
				return Optional.ofNullable(kept.get(address));
			}

			@Override
			public void keep(String address, Validator validator) {
				kept.put(address, validator);
			}
		};
	}
}
