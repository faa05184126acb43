package org.govsite.platform;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A listener of the tests, reacting like a module's listener does, that fails for the markers it is
 * told to fail for: the event publication registry must keep such a publication until it is retried.
 */
@Component
class ProbeListener {

	/** What a module would publish: in the past tense, with the id its listeners need. */
	record ProbeHappened(String marker) {
	}

	private final Set<String> failing = ConcurrentHashMap.newKeySet();

	private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

	private final Set<String> handled = ConcurrentHashMap.newKeySet();

	@ApplicationModuleListener
	void on(ProbeHappened event) {
		attempts.computeIfAbsent(event.marker(), m -> new AtomicInteger()).incrementAndGet();
		if (failing.contains(event.marker())) {
			throw new IllegalStateException("the probe listener fails for " + event.marker());
		}
		handled.add(event.marker());
	}

	void failFor(String marker) {
		failing.add(marker);
	}

	void succeedFor(String marker) {
		failing.remove(marker);
	}

	int attempts(String marker) {
		AtomicInteger count = attempts.get(marker);
		return count == null ? 0 : count.get();
	}

	boolean handled(String marker) {
		return handled.contains(marker);
	}
}
