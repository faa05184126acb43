package org.govsite.monitor.internal;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;

import org.govsite.platform.FetchGuard;
import org.govsite.platform.RuleViolation;

/**
 * Checks outbound links concurrently, politely: through the platform's {@link FetchGuard}, one
 * request at a time per host with a pause between two, at most {@code concurrency} at once
 * overall. Links to a domain of the dangerous list (or a subdomain of one) are flagged without a
 * request.
 */
class OutboundLinks {

	/** What a link showed, and why. */
	record Outcome(LinkVerdict verdict, boolean dangerous, String cause) {
	}

	private final FetchGuard fetch;

	private final Duration perHostPause;

	private final int concurrency;

	private final Set<String> dangerousDomains;

	OutboundLinks(FetchGuard fetch, Duration perHostPause, int concurrency, Collection<String> dangerousDomains) {
		this.fetch = fetch;
		this.perHostPause = perHostPause;
		this.concurrency = Math.max(1, concurrency);
		this.dangerousDomains = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		this.dangerousDomains.addAll(dangerousDomains);
	}

	/** Each address's outcome. */
	Map<String, Outcome> check(Collection<String> addresses) {
		return check(addresses, true);
	}

	/**
	 * Each address's outcome; without {@code request}, only the dangerous ones are answered (they
	 * need no request).
	 */
	Map<String, Outcome> check(Collection<String> addresses, boolean request) {
		Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
		Map<String, ReentrantLock> hosts = new ConcurrentHashMap<>();
		Semaphore slots = new Semaphore(concurrency);
		try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<?>> running = addresses.stream().distinct().<Future<?>>map(address -> executor.submit(() -> {
				String host = host(address);
				if (dangerous(host)) {
					outcomes.put(address, new Outcome(LinkVerdict.BROKEN, true, host));
					return;
				}
				if (!request) {
					return;
				}
				ReentrantLock polite = hosts.computeIfAbsent(host, h -> new ReentrantLock(true));
				polite.lock();
				try {
					slots.acquireUninterruptibly();
					try {
						outcomes.put(address, fetchOne(address));
					}
					finally {
						slots.release();
					}
					pause();
				}
				finally {
					polite.unlock();
				}
			})).toList();
			for (Future<?> future : running) {
				try {
					future.get();
				}
				catch (ExecutionException e) {
					throw new IllegalStateException(e.getCause());
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(e);
				}
			}
		}
		return outcomes;
	}

	private Outcome fetchOne(String address) {
		try {
			FetchGuard.Fetched answer = fetch.get(address);
			return new Outcome(LinkVerdict.ofStatus(answer.status()), false, "HTTP " + answer.status());
		}
		catch (RuleViolation refused) {
			// an address the guard may not fetch (internal, malformed) shows nothing of the link
			LinkVerdict verdict = refused.code().equals("platform.fetch.unknownHost") ? LinkVerdict.BROKEN
					: LinkVerdict.UNVERIFIABLE;
			return new Outcome(verdict, false, String.valueOf(refused.getMessage()));
		}
		catch (IOException failure) {
			return new Outcome(LinkVerdict.ofFailure(failure), false, failure.getClass().getSimpleName() + ": " + failure.getMessage());
		}
	}

	private void pause() {
		if (!perHostPause.isZero()) {
			try {
				Thread.sleep(perHostPause);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private boolean dangerous(String host) {
		for (String domain : dangerousDomains) {
			if (host.equalsIgnoreCase(domain) || host.toLowerCase(Locale.ROOT).endsWith("." + domain.toLowerCase(Locale.ROOT))) {
				return true;
			}
		}
		return false;
	}

	private static String host(String address) {
		try {
			String host = URI.create(address).getHost();
			return host == null ? "" : host.toLowerCase(Locale.ROOT);
		}
		catch (IllegalArgumentException e) {
			return "";
		}
	}
}
