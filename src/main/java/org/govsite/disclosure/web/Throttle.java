package org.govsite.disclosure.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * How often one address may use a public endpoint: a fixed number of uses per window. Kept in
 * memory per node, which is enough to stop a script filling the table or guessing query codes.
 */
final class Throttle {

	private record Window(Instant start, int used) {
	}

	private final int allowed;

	private final Duration window;

	private final Clock clock;

	private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

	Throttle(int allowed, Duration window, Clock clock) {
		this.allowed = allowed;
		this.window = window;
		this.clock = clock;
	}

	boolean tryTake(String address) {
		Instant now = clock.instant();
		if (windows.size() > 100_000) {
			windows.clear();
		}
		Window used = windows.compute(address, (key, current) -> current == null || !current.start().plus(window).isAfter(now)
				? new Window(now, 1) : new Window(current.start(), current.used() + 1));
		return used.used() <= allowed;
	}
}
