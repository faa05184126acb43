package org.govsite.publish.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Phaser;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Renders pages on a few threads (one per processor by default): at most a bounded number of
 * pages wait at any time, so a full publish of 100,000 documents holds only a window of them in
 * memory. The first failure stops the run: {@link #awaitAll()} throws it.
 */
final class Parallel implements AutoCloseable {

	private final ExecutorService executor;

	private final Semaphore window;

	private final Phaser pending = new Phaser(1);

	private final AtomicReference<Throwable> failure = new AtomicReference<>();

	Parallel(int threads) {
		this.executor = Executors.newFixedThreadPool(threads, runnable -> {
			Thread thread = new Thread(runnable, "publish-render");
			thread.setDaemon(true);
			return thread;
		});
		this.window = new Semaphore(threads * 8);
	}

	/** Runs the work on a render thread; waits while the window is full. */
	void submit(Runnable work) {
		rethrow();
		window.acquireUninterruptibly();
		pending.register();
		executor.execute(() -> {
			try {
				if (failure.get() == null) {
					work.run();
				}
			}
			catch (Throwable e) {
				failure.compareAndSet(null, e);
			}
			finally {
				window.release();
				pending.arriveAndDeregister();
			}
		});
	}

	/** Waits until all submitted work is done; throws the first failure. */
	void awaitAll() {
		pending.arriveAndAwaitAdvance();
		rethrow();
	}

	private void rethrow() {
		Throwable first = failure.get();
		if (first instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (first instanceof Error error) {
			throw error;
		}
		if (first != null) {
			throw new IllegalStateException(first);
		}
	}

	@Override
	public void close() {
		executor.shutdownNow();
	}
}
