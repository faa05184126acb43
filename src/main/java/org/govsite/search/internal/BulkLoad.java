package org.govsite.search.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.govsite.search.SearchEntry;

/**
 * Many entries written with every processor, for a rebuild and the benchmark: analysis (smartcn's
 * segmenter above all) is most of an entry's cost, and Lucene's writer takes documents from several
 * threads at once, each into its own segment (OpenSearch's engine batches them into bulk requests). Nothing is committed or made visible here; the caller
 * commits once at the end. The one reading the database hands entries over and waits only when
 * the workers are this far behind.
 */
public final class BulkLoad implements AutoCloseable {

	private static final int WAITING_PER_THREAD = 64;

	private final SearchEngine engine;

	private final long generation;

	private final ExecutorService workers;

	private final Semaphore room;

	private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

	BulkLoad(SearchEngine engine, long generation, int threads) {
		this.engine = engine;
		this.generation = generation;
		this.workers = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("search-bulk-", 0).daemon(true).factory());
		this.room = new Semaphore(threads * WAITING_PER_THREAD);
	}

	/** Queues the entry; throws the first failure of an earlier one. */
	public void add(SearchEntry entry) {
		failed();
		room.acquireUninterruptibly();
		workers.execute(() -> {
			try {
				engine.put(entry, generation, false);
			}
			catch (RuntimeException e) {
				failure.compareAndSet(null, e);
			}
			finally {
				room.release();
			}
		});
	}

	/** Waits for the queued entries to be written (not committed). */
	@Override
	public void close() {
		workers.shutdown();
		try {
			while (!workers.awaitTermination(1, TimeUnit.MINUTES)) {
				// a rebuild of a large group takes minutes; keep waiting
			}
		}
		catch (InterruptedException e) {
			workers.shutdownNow();
			Thread.currentThread().interrupt();
			throw new IllegalStateException("search bulk load interrupted", e);
		}
		failed();
	}

	private void failed() {
		RuntimeException first = failure.get();
		if (first != null) {
			throw first;
		}
	}
}
