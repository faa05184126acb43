package org.govsite.guard.internal;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Does the work for the next items on a few threads while the caller takes the results one by one
 * in the items' order: reading an attachment's text is most of a daily scan's time, and the
 * findings are still written on the caller's thread, in the order a sequential scan writes them.
 * At most a few results per thread wait to be taken, so a large site's texts are not all held.
 * Public for the daily scan's benchmark (bench/guard-daily.sh).
 */
public final class ReadAhead {

	/** Results waiting per thread, at most: enough that no thread waits for the caller. */
	private static final int AHEAD_PER_THREAD = 4;

	private static final AtomicInteger POOLS = new AtomicInteger();

	private ReadAhead() {
	}

	/**
	 * Applies the work to each item on up to {@code threads} threads and hands each item with its
	 * result to {@code taken} on this thread, in the order of the items. A work that throws ends the
	 * whole with its exception, as it would end a loop.
	 */
	public static <T, R> void inOrder(List<T> items, int threads, Function<? super T, ? extends R> work,
			BiConsumer<? super T, ? super R> taken) {
		String name = "guard-read-" + POOLS.incrementAndGet() + "-";
		AtomicInteger count = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), task -> {
			Thread thread = new Thread(task, name + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		try {
			ArrayDeque<Future<? extends R>> ahead = new ArrayDeque<>();
			Iterator<T> next = items.iterator();
			for (T item : items) {
				while (ahead.size() < Math.max(1, threads) * AHEAD_PER_THREAD && next.hasNext()) {
					T upcoming = next.next();
					ahead.add(pool.submit(() -> work.apply(upcoming)));
				}
				taken.accept(item, result(ahead.poll()));
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static <R> R result(Future<R> future) {
		try {
			return future.get();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for a file's text", e);
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (e.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(e.getCause());
		}
	}
}
