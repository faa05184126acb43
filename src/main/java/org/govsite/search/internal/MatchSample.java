package org.govsite.search.internal;

import java.io.IOException;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
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
 * a million entries costs what a rare one does. The index is cut into {@link #WINDOWS} stretches of
 * documents, and in each the first matches are taken, up to a share of {@link #SAMPLE}: a rebuild
 * writes site after site, so a sample from the start of the index alone would see a few sites only.
 * When no stretch fills up, every match was seen and the figures are exact; otherwise each
 * stretch's count is extrapolated over its length (the total shown as "约 N 条") and the facet
 * counts scaled to that total.
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
		IndexReader reader = searcher.getIndexReader();
		FacetsCollector matches = new FacetsCollector(false);
		int maxDoc = reader.maxDoc();
		if (maxDoc == 0) {
			return new Counted(matches, 0, true, 1);
		}
		int windows = Math.min(WINDOWS, maxDoc);
		int length = (maxDoc + windows - 1) / windows;
		int quota = Math.max(1, sample / windows);
		int[] counted = new int[windows];
		int[] filledAt = new int[windows];
		java.util.Arrays.fill(filledAt, -1);
		Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
		for (LeafReaderContext leaf : reader.leaves()) {
			LeafCollector collector = matches.getLeafCollector(leaf);
			ScorerSupplier supplier = weight.scorerSupplier(leaf);
			if (supplier != null) {
				sample(leaf, supplier.get(Long.MAX_VALUE), collector, length, quota, counted, filledAt);
			}
			collector.finish();
		}
		long sampled = 0;
		double total = 0;
		boolean exact = true;
		for (int w = 0; w < windows; w++) {
			sampled += counted[w];
			int start = w * length;
			int end = Math.min(maxDoc, start + length);
			if (filledAt[w] < 0) {
				total += counted[w];
			}
			else {
				exact = false;
				total += counted[w] * (double) (end - start) / (filledAt[w] + 1 - start);
			}
		}
		if (exact) {
			return new Counted(matches, sampled, true, 1);
		}
		long estimate = Math.max(sampled, Math.round(total));
		return new Counted(matches, estimate, false, sampled == 0 ? 1 : (double) estimate / sampled);
	}

	/** Collects the leaf's matches window by window until each window has its quota. */
	private static void sample(LeafReaderContext leaf, Scorer scorer, LeafCollector collector, int length, int quota,
			int[] counted, int[] filledAt) throws IOException {
		TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
		DocIdSetIterator candidates = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
		Bits live = leaf.reader().getLiveDocs();
		int base = leaf.docBase;
		int leafEnd = base + leaf.reader().maxDoc();
		int doc = -1;
		for (int w = base / length; w < counted.length && w * length < leafEnd; w++) {
			if (counted[w] >= quota) {
				continue;
			}
			int start = Math.max(w * length, base) - base;
			int end = Math.min((w + 1) * length, leafEnd) - base;
			if (doc < start) {
				doc = candidates.advance(start);
			}
			while (doc < end) {
				if ((live == null || live.get(doc)) && (twoPhase == null || twoPhase.matches())) {
					collector.collect(doc);
					if (++counted[w] == quota) {
						filledAt[w] = base + doc;
						break;
					}
				}
				doc = candidates.nextDoc();
			}
		}
	}
}
