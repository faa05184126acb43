package org.govsite.migration.internal;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import crawlercommons.robots.BaseRobotRules;
import org.govsite.migration.MigrationState;
import org.govsite.migration.MigrationView;
import org.govsite.migration.PageReading;
import org.govsite.platform.FetchGuard;
import org.govsite.platform.NotFound;
import org.govsite.platform.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Crawls an old site politely: only its own host, through the fetch guard allowing that host for
 * this migration, as robots.txt allows, with at most the migration's concurrency and at least its
 * delay (or robots' crawl delay) between two requests. Each page's outcome is stored as it comes,
 * and the frontier lives in the database: a crawl paused, or cut by a restart, resumes with the
 * pages still queued and fetches none twice. The frontier starts with the start address and the
 * pages of the old site's sitemaps (the one the operator named, those robots.txt names). A page
 * that gets no answer, or HTTP 5xx or 429, is tried again after the fresh pages, up to
 * {@link #PAGE_ATTEMPTS} times in all; then it is failed with its last error, for the report.
 */
@Component
public class Crawler {

	static final int PAGE_ATTEMPTS = 3;

	private static final Logger log = LoggerFactory.getLogger(Crawler.class);

	private final MigrationStore store;

	private final FetchGuard guard;

	private final Sections sections;

	private final Clock clock;

	private final MessageSource messages;

	Crawler(MigrationStore store, FetchGuard guard, Sections sections, Clock clock, MessageSource messages) {
		this.messages = messages;
		this.store = store;
		this.guard = guard;
		this.sections = sections;
		this.clock = clock;
	}

	private record Outcome(MigrationStore.Queued page, FetchGuard.Fetched fetched, Exception error) {
	}

	public void crawl(long migrationId) {
		MigrationView migration = store.find(migrationId, id -> "").orElseThrow(() -> new NotFound("migration", migrationId));
		if (migration.state() != MigrationState.CRAWLING) {
			return;
		}
		URI start = URI.create(migration.startUrl());
		FetchGuard allowing = guard.allowing(start.getHost());
		BaseRobotRules robots = Robots.of(allowing, start);
		// robots' crawl delay (milliseconds here) counts, up to a minute: beyond that no migration ends
		long delay = Math.max(migration.delayMillis(), Math.min(robots.getCrawlDelay(), 60_000));
		PageReader reader = new PageReader(migration.rules());
		if (store.pageCount(migrationId) == 0) {
			store.enqueue(migrationId, List.of(PageReader.normalized(start.toString(), start.getHost())), 0);
			List<String> sitemaps = new ArrayList<>(robots.getSitemaps());
			if (migration.sitemapUrl() != null) {
				sitemaps.addFirst(migration.sitemapUrl());
			}
			store.enqueue(migrationId, Sitemaps.pages(allowing, start.getHost(), sitemaps, migration.maxPages()), 1);
		}
		Pacer pacer = new Pacer(delay);
		try (ExecutorService pool = Executors.newFixedThreadPool(migration.concurrency(), Thread.ofVirtual().factory())) {
			while (store.stateOf(migrationId) == MigrationState.CRAWLING) {
				int room = migration.maxPages() - store.fetchedCount(migrationId);
				List<MigrationStore.Queued> batch = store.queued(migrationId, Math.min(room, migration.concurrency() * 4));
				if (batch.isEmpty()) {
					break;
				}
				List<Future<Outcome>> outcomes = new ArrayList<>();
				for (MigrationStore.Queued page : batch) {
					if (!robots.isAllowed(page.url())) {
						store.skipped(page.id(), "robots.txt 不允许抓取", clock.instant());
						continue;
					}
					outcomes.add(pool.submit(() -> fetch(allowing, pacer, page)));
				}
				for (Future<Outcome> future : outcomes) {
					record(migrationId, reader, start, future.get());
				}
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return;
		}
		catch (java.util.concurrent.ExecutionException e) {
			throw new IllegalStateException(e.getCause());
		}
		if (store.stateOf(migrationId) == MigrationState.CRAWLING) {
			sections.collect(migration);
			store.state(migrationId, MigrationState.CRAWLED, null, clock.instant());
		}
	}

	private Outcome fetch(FetchGuard allowing, Pacer pacer, MigrationStore.Queued page) throws InterruptedException {
		pacer.await();
		try {
			return new Outcome(page, allowing.get(page.url()), null);
		}
		catch (java.io.IOException | RuntimeException e) {
			return new Outcome(page, null, e);
		}
	}

	private void record(long migrationId, PageReader reader, URI start, Outcome outcome) {
		MigrationStore.Queued page = outcome.page();
		if (outcome.error() instanceof RuleViolation violation) {
			// refused by the fetch guard: trying again changes nothing
			store.failed(page.id(), null,
					messages.getMessage(violation.code(), violation.arguments(), violation.code(), java.util.Locale.CHINA),
					clock.instant());
			return;
		}
		if (outcome.error() != null) {
			retryOrFail(page, null, "无法访问：" + outcome.error().getClass().getSimpleName() + " " + outcome.error().getMessage());
			return;
		}
		FetchGuard.Fetched fetched = outcome.fetched();
		if (fetched.status() >= 500 || fetched.status() == 429) {
			retryOrFail(page, fetched.status(), "HTTP " + fetched.status());
			return;
		}
		if (fetched.status() >= 400) {
			store.failed(page.id(), fetched.status(), "HTTP " + fetched.status(), clock.instant());
			return;
		}
		if (!fetched.uri().getHost().equalsIgnoreCase(start.getHost())) {
			store.skipped(page.id(), "跳转到其他网站：" + fetched.uri().getHost(), clock.instant());
			return;
		}
		String type = fetched.contentType().toLowerCase(java.util.Locale.ROOT);
		if (!type.isEmpty() && !type.contains("html")) {
			store.skipped(page.id(), "不是网页：" + fetched.contentType(), clock.instant());
			return;
		}
		try {
			PageDecoder.Decoded decoded = PageDecoder.decode(fetched.body(), fetched.contentType());
			PageReading reading = reader.read(page.url(), decoded.text());
			store.read(page.id(), fetched.status(), decoded.charset().name(), reading, clock.instant());
			store.enqueue(migrationId, reading.links(), page.depth() + 1);
		}
		catch (RuntimeException e) {
			log.warn("Page {} of migration {} could not be read", page.url(), migrationId, e);
			store.failed(page.id(), fetched.status(), "无法解析：" + e.getMessage(), clock.instant());
		}
	}

	private void retryOrFail(MigrationStore.Queued page, @Nullable Integer status, String error) {
		if (page.attempts() + 1 < PAGE_ATTEMPTS) {
			store.retry(page.id(), status, error, clock.instant());
		}
		else {
			store.failed(page.id(), status, "已尝试 " + PAGE_ATTEMPTS + " 次仍失败：" + error, clock.instant());
		}
	}

	/** Spaces the requests' starts by at least the delay, whichever thread makes them. */
	static final class Pacer {

		private final long delayNanos;

		private long next = System.nanoTime();

		Pacer(long delayMillis) {
			this.delayNanos = delayMillis * 1_000_000L;
		}

		void await() throws InterruptedException {
			long wait;
			synchronized (this) {
				long now = System.nanoTime();
				long at = Math.max(now, next);
				next = at + delayNanos;
				wait = at - now;
			}
			if (wait > 0) {
				Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
			}
		}
	}
}
