package org.govsite.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * The total and the facets of a query without visiting every match, so that a one-word query over
 * a million entries costs what a rare one does. The index is cut into about {@link #WINDOWS} windows
 * of documents (within each of the searcher's slices, sampled side by side), and in each the first
 * matches are taken, up to a share of {@link #SAMPLE}: a rebuild writes site after site, so a
 * sample from the start of the index alone would see a few sites only. When no window fills up,
 * every match was seen and the figures are exact; otherwise each window's count is extrapolated
 * over its length (the total shown as "约 N 条") and the facet counts scaled to that total.
 */
final class MatchSample {

	/**
	 * Matches up to which total and facets are exact; beyond, a sample of about this many. Each
	 * sampled match costs its visit and its facet values, so the sample is kept small: the facets
	 * are shown as proportions anyway, and a total beyond it as "约 N 条".
	 */
	static final int SAMPLE = 2_000;

	private static final int WINDOWS = 32;

	private MatchSample() {
	}

	/**
	 * @param matches the sampled matches, for the facets
	 * @param total every match if exact, else the estimate
	 * @param scale by how much the sample's facet counts are multiplied (1 when exact)
	 */
	record Counted(FacetsCollector matches, long total, boolean exact, double scale) {
	}

	static Counted count(IndexSearcher searcher, Query query) throws IOException {
		return count(searcher, query, SAMPLE);
	}

	/** {@code sample}: the size of the sample, and up to how many matches the figures are exact. */
	static Counted count(IndexSearcher searcher, Query query, int sample) throws IOException {
		int maxDoc = searcher.getIndexReader().maxDoc();
		if (maxDoc == 0) {
			return new Counted(new FacetsCollector(false), 0, true, 1);
		}
		int length = (maxDoc + WINDOWS - 1) / WINDOWS;
		int quota = Math.max(1, sample / WINDOWS);
		Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
		// each slice of the searcher (see SliceSearchers) sampled by a thread of its own, in windows of its own
		List<Callable<Stretch>> slices = new ArrayList<>();
		for (IndexSearcher.LeafSlice slice : searcher.getSlices()) {
			slices.add(() -> Stretch.sample(slice, weight, length, quota));
		}
		List<Stretch> stretches = searcher.getTaskExecutor().invokeAll(slices);
		long sampled = 0;
		double total = 0;
		boolean exact = true;
		List<FacetsCollector> matches = new ArrayList<>();
		for (Stretch stretch : stretches) {
			matches.add(stretch.matches());
			for (int w = 0; w < stretch.counted().length; w++) {
				int count = stretch.counted()[w];
				sampled += count;
				int start = w * length;
				int end = Math.min(stretch.length(), start + length);
				if (stretch.filledAt()[w] < 0) {
					total += count;
				}
				else {
					exact = false;
					total += count * (double) (end - start) / (stretch.filledAt()[w] + 1 - start);
				}
			}
		}
		FacetsCollector all = new FacetsCollectorManager().reduce(matches);
		if (exact) {
			return new Counted(all, sampled, true, 1);
		}
		long estimate = Math.max(sampled, Math.round(total));
		return new Counted(all, estimate, false, sampled == 0 ? 1 : (double) estimate / sampled);
	}

	/**
	 * What one slice gave: its sampled matches, its length, and per window of it the matches taken
	 * and where (counted from the slice's start) the quota was reached, -1 if it was not.
	 */
	private record Stretch(FacetsCollector matches, int length, int[] counted, int[] filledAt) {

		static Stretch sample(IndexSearcher.LeafSlice slice, Weight weight, int length, int quota) throws IOException {
			int docs = 0;
			for (IndexSearcher.LeafReaderContextPartition part : slice.partitions) {
				docs += SliceSearchers.end(part) - part.minDocId;
			}
			int windows = Math.max(1, (docs + length - 1) / length);
			Stretch stretch = new Stretch(new FacetsCollector(false), docs, new int[windows], new int[windows]);
			java.util.Arrays.fill(stretch.filledAt, -1);
			int offset = 0;
			for (IndexSearcher.LeafReaderContextPartition part : slice.partitions) {
				LeafCollector collector = stretch.matches.getLeafCollector(part.ctx);
				ScorerSupplier supplier = weight.scorerSupplier(part.ctx);
				if (supplier != null) {
					stretch.sample(part, supplier.get(Long.MAX_VALUE), collector, offset, length, quota);
				}
				collector.finish();
				offset += SliceSearchers.end(part) - part.minDocId;
			}
			return stretch;
		}

		/** Collects the part's matches window by window until each window has its quota. */
		private void sample(IndexSearcher.LeafReaderContextPartition part, Scorer scorer, LeafCollector collector, int offset,
				int length, int quota) throws IOException {
			TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
			DocIdSetIterator candidates = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
			Bits live = part.ctx.reader().getLiveDocs();
			int first = part.minDocId;
			int size = SliceSearchers.end(part) - part.minDocId;
			int doc = -1;
			for (int w = offset / length; w < counted.length && w * length < offset + size; w++) {
				if (counted[w] >= quota) {
					continue;
				}
				int start = first + Math.max(w * length - offset, 0);
				int end = first + Math.min((w + 1) * length - offset, size);
				if (doc < start) {
					doc = candidates.advance(start);
				}
				while (doc < end) {
					if ((live == null || live.get(doc)) && (twoPhase == null || twoPhase.matches())) {
						collector.collect(doc);
						if (++counted[w] == quota) {
							filledAt[w] = offset + doc - first;
							break;
						}
					}
					doc = candidates.nextDoc();
				}
			}
		}
	}
}
