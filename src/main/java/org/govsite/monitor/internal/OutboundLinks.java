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
 * request at a time per host with a pause between two (the host's robots.txt {@code Crawl-delay}
 * when it asks for more, up to a minute), at most {@code concurrency} at once overall; a link the
 * host's robots.txt disallows is not requested (unverifiable, not broken); a link checked before
 * is requested conditionally with its kept validators, and a 304 shows it fine. Links to a domain
 * of the dangerous list (or a subdomain of one) are flagged without a request.
 */
class OutboundLinks {

	/** What a link showed, and why. */
	record Outcome(LinkVerdict verdict, boolean dangerous, String cause) {
	}

	private final FetchGuard fetch;

	private final Duration perHostPause;

	private final int concurrency;

	private static final Duration LONGEST_CRAWL_DELAY = Duration.ofMinutes(1);

	private final Set<String> dangerousDomains;

	private final LinkValidators validators;

	OutboundLinks(FetchGuard fetch, Duration perHostPause, int concurrency, Collection<String> dangerousDomains) {
		this(fetch, perHostPause, concurrency, dangerousDomains, LinkValidators.inMemory());
	}

	OutboundLinks(FetchGuard fetch, Duration perHostPause, int concurrency, Collection<String> dangerousDomains,
			LinkValidators validators) {
		this.validators = validators;
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
		RobotsRules robots = new RobotsRules(fetch);
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
					RobotsRules.Rules rules;
					try {
						boolean first = !robots.known(address);
						rules = robots.of(address);
						if (first && robots.known(address)) {
							pause(perHostPause); // the robots.txt was a request to the host too
						}
						outcomes.put(address, rules.allows(address) ? fetchOne(address)
								: new Outcome(LinkVerdict.UNVERIFIABLE, false, "robots.txt 不允许检查此地址"));
					}
					finally {
						slots.release();
					}
					pause(rules.crawlDelay(perHostPause, LONGEST_CRAWL_DELAY));
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
			Map<String, String> conditional = new java.util.HashMap<>();
			validators.of(address).ifPresent(kept -> {
				if (kept.etag() != null) {
					conditional.put("If-None-Match", kept.etag());
				}
				if (kept.lastModified() != null) {
					conditional.put("If-Modified-Since", kept.lastModified());
				}
			});
			FetchGuard.Fetched answer = fetch.get(address, conditional);
			if (answer.status() >= 200 && answer.status() < 300) {
				String etag = answer.headers().firstValue("ETag").orElse(null);
				String lastModified = answer.headers().firstValue("Last-Modified").orElse(null);
				if (etag != null || lastModified != null) {
					validators.keep(address, new LinkValidators.Validator(etag, lastModified));
				}
			}
			// a 304 (not modified) is a 3xx: the page is there as it was
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

	private static void pause(Duration pause) {
		if (!pause.isZero()) {
			try {
				Thread.sleep(pause);
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
