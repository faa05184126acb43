package org.govsite.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.lucene.document.LongField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;

/**
 * The order by relevance: the query's score times the entry's weight (1 in force, less for 失效 /
 * 已废止), plus up to 1 point for being new (half of it for two years old). The weight is applied
 * to the candidates only, not inside the query as a function score, which cost a function
 * evaluation per match and a second scoring of the page: the candidates are ranked by the query
 * and freshness, and then multiplied. A weight only lowers a score, so the page is exact once its
 * last score is at least the last candidate's before weighting; otherwise more candidates are taken.
 */
final class Ranking {

	/** Up to 1 point for freshness, half of it for a document two years old. */
	private static final float FRESHNESS = 1f;

	private static final long HALF_LIFE_MILLIS = 730L * 24 * 3600 * 1000;

	private static final Comparator<ScoreDoc> BY_DOCUMENT = Comparator.comparingInt(doc -> doc.doc);

	private static final Comparator<ScoreDoc> BEST_FIRST = Comparator.comparingDouble((ScoreDoc doc) -> -doc.score)
		.thenComparingInt(doc -> doc.doc);

	private Ranking() {
	}

	/**
	 * Up to how many matches (the total, exact or estimated) all are ranked with the whole query;
	 * beyond, the page is ranked among the title matches ({@link #rankTitled}).
	 */
	static final int RANKED_EXACTLY = 20_000;

	/**
	 * How many of the title stage's best are scored again with the whole query (at least the
	 * window). 100, not 200: over the benchmark's mix at 200,000 entries the first page was the same,
	 * in the same order, for 598 of 600 queries (all 600 kept their first hit), at 13 % less CPU per
	 * query; at 50, 9 % of the pages changed (docs/performance.md, issue 13 part 8).
	 */
	static final int RESCORED = 100;

	/**
	 * The best {@code window} of the matches whose title carries the query, for a query with too
	 * many matches to score them all with the whole query: the title stages ({@code titled}, see
	 * {@link QueryPlanner.Plan#titleStages()}) are tried in turn until one gives the candidates, or
	 * the last; its matches are ranked by the title fields and freshness alone, which bound a block's
	 * best score tightly enough for Lucene to skip most blocks (block-max WAND), and only the best
	 * {@code rescoring} (normally {@link #RESCORED}) are scored again with the whole query
	 * ({@code matching}) and weighed. Fewer than {@code window} when too few titles carry the query.
	 */
	static TopDocs rankTitled(IndexSearcher searcher, List<Query> titled, Query matching, int window, long now, int rescoring)
			throws IOException {
		int candidates = Math.max(window, rescoring);
		TopDocs best = null;
		for (Query stage : titled) {
			best = searcher.search(fresh(stage, now), new TopScoreDocCollectorManager(candidates, null, candidates));
			if (best.scoreDocs.length >= candidates) {
				break;
			}
		}
		if (best.scoreDocs.length < window) {
			return best;
		}
		ScoreDoc[] docs = rescore(searcher, fresh(matching, now), best.scoreDocs);
		weigh(searcher.getIndexReader().leaves(), docs, now);
		Arrays.sort(docs, BEST_FIRST);
		return new TopDocs(best.totalHits, Arrays.copyOf(docs, Math.min(window, docs.length)));
	}

	/**
	 * The candidates scored again with the query, each slice of the searcher's by a thread (Lucene's
	 * QueryRescorer walks them one segment after another); one the query does not match keeps its score.
	 */
	static ScoreDoc[] rescore(IndexSearcher searcher, Query query, ScoreDoc[] candidates) throws IOException {
		Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE, 1);
		ScoreDoc[] inOrder = candidates.clone();
		Arrays.sort(inOrder, BY_DOCUMENT);
		List<Callable<List<ScoreDoc>>> slices = new ArrayList<>();
		for (IndexSearcher.LeafSlice slice : searcher.getSlices()) {
			slices.add(() -> {
				List<ScoreDoc> scored = new ArrayList<>();
				for (IndexSearcher.LeafReaderContextPartition part : slice.partitions) {
					rescore(weight, part, inOrder, scored);
				}
				return scored;
			});
		}
		return searcher.getTaskExecutor().invokeAll(slices).stream().flatMap(List::stream).toArray(ScoreDoc[]::new);
	}

	/** The candidates in the part (sorted by document) scored again, added to {@code scored}. */
	private static void rescore(Weight weight, IndexSearcher.LeafReaderContextPartition part, ScoreDoc[] inOrder,
			List<ScoreDoc> scored) throws IOException {
		int base = part.ctx.docBase;
		int first = lowest(inOrder, base + part.minDocId);
		int end = lowest(inOrder, base + SliceSearchers.end(part));
		if (first == end) {
			return;
		}
		ScorerSupplier supplier = weight.scorerSupplier(part.ctx);
		Scorer scorer = supplier == null ? null : supplier.get(end - first);
		DocIdSetIterator matches = scorer == null ? null : scorer.iterator();
		for (int i = first; i < end; i++) {
			ScoreDoc candidate = inOrder[i];
			int doc = candidate.doc - base;
			if (matches != null && matches.docID() < doc) {
				matches.advance(doc);
			}
			boolean matched = matches != null && matches.docID() == doc;
			scored.add(new ScoreDoc(candidate.doc, matched ? scorer.score() : candidate.score, candidate.shardIndex));
		}
	}

	/** The index of the first candidate at or after the document (the candidates sorted by document, each once). */
	private static int lowest(ScoreDoc[] inOrder, int doc) {
		int found = Arrays.binarySearch(inOrder, new ScoreDoc(doc, 0), BY_DOCUMENT);
		return found >= 0 ? found : -found - 1;
	}

	/** The query with up to {@link #FRESHNESS} points for being new. */
	private static Query fresh(Query query, long now) {
		return new BooleanQuery.Builder().add(query, Occur.MUST)
			.add(LongField.newDistanceFeatureQuery(IndexFields.DATE, FRESHNESS, now, HALF_LIFE_MILLIS), Occur.SHOULD)
			.build();
	}

	/**
	 * The best {@code window} matches in order. Only the best are scored: the total and the facets
	 * come from {@link MatchSample}, so Lucene may skip blocks of matches that cannot make the page.
	 */
	static TopDocs rank(IndexSearcher searcher, Query matching, int window, long now) throws IOException {
		Query ranked = fresh(matching, now);
		// past this many candidates (a page crowded out by repealed entries) the order is left approximate
		int limit = Math.max(window, Math.min(searcher.getIndexReader().maxDoc(), 20_000));
		int candidates = Math.min(limit, window * 2 + 20);
		while (true) {
			TopDocs found = searcher.search(ranked, new TopScoreDocCollectorManager(candidates, null, candidates));
			ScoreDoc[] docs = found.scoreDocs;
			float floor = docs.length == 0 ? 0 : docs[docs.length - 1].score;
			weigh(searcher.getIndexReader().leaves(), docs, now);
			Arrays.sort(docs, BEST_FIRST);
			int shown = Math.min(window, docs.length);
			if (docs.length < candidates || shown == 0 || docs[shown - 1].score >= floor || candidates >= limit) {
				return new TopDocs(found.totalHits, Arrays.copyOf(docs, shown));
			}
			candidates = (int) Math.min(limit, candidates * 4L);
		}
	}

	/** Score = (query + freshness − freshness) × weight + freshness, for the entries not fully in force. */
	private static void weigh(List<LeafReaderContext> leaves, ScoreDoc[] docs, long now) throws IOException {
		for (ScoreDoc doc : docs) {
			LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc.doc, leaves));
			int local = doc.doc - leaf.docBase;
			NumericDocValues weights = leaf.reader().getNumericDocValues(IndexFields.WEIGHT);
			double weight = weights != null && weights.advanceExact(local) ? Double.longBitsToDouble(weights.longValue()) : 1;
			if (weight == 1) {
				continue;
			}
			float freshness = freshness(leaf.reader().getSortedNumericDocValues(IndexFields.DATE), local, now);
			doc.score = (float) ((doc.score - freshness) * weight + freshness);
		}
	}

	/** As Lucene's distance feature query scores it. */
	private static float freshness(SortedNumericDocValues dates, int doc, long now) throws IOException {
		if (dates == null || !dates.advanceExact(doc)) {
			return 0;
		}
		long date = dates.nextValue();
		for (int i = 1; i < dates.docValueCount(); i++) {
			date = Math.max(date, dates.nextValue());
		}
		long distance = Math.abs(now - date);
		if (distance < 0) {
			distance = Long.MAX_VALUE;
		}
		return (float) (FRESHNESS * ((double) HALF_LIFE_MILLIS / (HALF_LIFE_MILLIS + (double) distance)));
	}
}
