package org.govsite.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * Searchers that search a large index in as many slices as there are processors, side by side:
 * a query over a million entries then waits for half of its work on two processors, not for all
 * of it. The work is the same, so at full load (every processor busy with queries) nothing is won
 * or lost but the hand-over; below that, latency falls. An index smaller than {@link #SLICE} entries
 * is one slice, searched by the caller's thread alone.
 */
final class SliceSearchers implements AutoCloseable {

	/** Below this many entries a slice is not worth a hand-over to another thread. */
	static final int SLICE = 50_000;

	private final int processors = Math.max(1, Runtime.getRuntime().availableProcessors());

	private final ExecutorService pool = Executors.newFixedThreadPool(processors, daemons());

	private final int minimum;

	/** {@code minimum}: the fewest entries in a slice ({@link #SLICE}; tests slice small indexes). */
	SliceSearchers(int minimum) {
		this.minimum = minimum;
	}

	/** Searchers of the policy's caching, slicing on this pool. */
	SearcherFactory factory(FilterCaching policy) {
		return new SearcherFactory() {
			@Override
			public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
				IndexSearcher searcher = processors == 1 ? new IndexSearcher(reader) : new Sliced(reader, pool, processors, minimum);
				searcher.setQueryCachingPolicy(policy);
				return searcher;
			}
		};
	}

	/**
	 * The reader cut into stretches of about equal length, one per processor, never shorter than
	 * {@link #SLICE} entries; a stretch may end inside a segment (Lucene searches a segment's parts
	 * as it does whole ones), as a rebuild leaves one large segment beside smaller ones.
	 */
	static IndexSearcher.LeafSlice[] slices(List<LeafReaderContext> leaves, int processors, int minimum) {
		long entries = 0;
		for (LeafReaderContext leaf : leaves) {
			entries += leaf.reader().maxDoc();
		}
		int length = (int) Math.max(minimum, (entries + processors - 1) / processors);
		List<IndexSearcher.LeafSlice> slices = new ArrayList<>();
		List<IndexSearcher.LeafReaderContextPartition> current = new ArrayList<>();
		int room = length;
		for (LeafReaderContext leaf : leaves) {
			int maxDoc = leaf.reader().maxDoc();
			int from = 0;
			while (from < maxDoc) {
				int to = Math.min(maxDoc, from + room);
				current.add(from == 0 && to == maxDoc ? IndexSearcher.LeafReaderContextPartition.createForEntireSegment(leaf)
						: IndexSearcher.LeafReaderContextPartition.createFromAndTo(leaf, from, to));
				room -= to - from;
				from = to;
				if (room == 0) {
					slices.add(new IndexSearcher.LeafSlice(current));
					current = new ArrayList<>();
					room = length;
				}
			}
		}
		if (!current.isEmpty()) {
			slices.add(new IndexSearcher.LeafSlice(current));
		}
		return slices.toArray(IndexSearcher.LeafSlice[]::new);
	}

	/** Where a part of a slice ends: Lucene marks a whole segment's part as ending nowhere. */
	static int end(IndexSearcher.LeafReaderContextPartition part) {
		return Math.min(part.maxDocId, part.ctx.reader().maxDoc());
	}

	@Override
	public void close() {
		pool.shutdownNow();
	}

	private static ThreadFactory daemons() {
		AtomicInteger count = new AtomicInteger();
		return task -> {
			Thread thread = new Thread(task, "search-slice-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	/** Lucene asks for the slices on the first search (with an executor), after the fields are set. */
	private static final class Sliced extends IndexSearcher {

		private final int processors;

		private final int minimum;

		Sliced(IndexReader reader, ExecutorService pool, int processors, int minimum) {
			super(reader, pool);
			this.processors = processors;
			this.minimum = minimum;
		}

		@Override
		protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
			return SliceSearchers.slices(leaves, processors, minimum);
		}
	}
}
