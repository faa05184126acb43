package org.govsite.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.govsite.search.SearchEntry;
import org.govsite.search.SearchHit;
import org.govsite.search.SearchQuery;
import org.govsite.search.SearchResults;
import org.govsite.search.SearchResults.FacetCount;
import org.govsite.search.SearchSort;
import org.jspecify.annotations.Nullable;

/**
 * Lucene embedded: one writer, near-real-time readers through a {@link SearcherManager} refreshed
 * after every change (a withdrawn document is gone from the next query), a commit after every
 * change outside a bulk load. Plain Java, so that the relevance suite and the benchmark use it
 * without Spring.
 */
public final class LuceneEngine implements SearchEngine {

	/** Results beyond this are not paged to: nobody reads page 101. */
	public static final int MAX_WINDOW = SearchQuery.MAX_WINDOW;

	private static final int FACET_VALUES = 20;

	private static final Sort NEWEST_FIRST = new Sort(LongField.newSortField(IndexFields.DATE, true, SortedNumericSelector.Type.MAX));

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final SliceSearchers slicing;

	private final Suggester suggester;

	private final Analyzer analyzer = ChineseAnalyzers.forIndex();

	private final Analyzer pairs = ChineseAnalyzers.bigrams();

	private final Analyzer words = ChineseAnalyzers.words();

	private final boolean fresh;

	private volatile AnalysisMode mode = AnalysisMode.COMBINED;

	private volatile boolean caching = true;

	private volatile int sample = MatchSample.SAMPLE;

	private volatile int rankedExactly = Ranking.RANKED_EXACTLY;

	private volatile int rescored = Ranking.RESCORED;

	private volatile @Nullable Instant lastChange;

	private volatile @Nullable ReaderCache cache;

	/** Kept with each commit: the schema version, and where a public node is in the index journal. */
	private volatile Map<String, String> userData;

	/** Whose day a date falls on, for the year facet and the date range: the platform's (govsite.zone). */
	private final ZoneId zone;

	private LuceneEngine(Directory directory, boolean fresh, ZoneId zone, int sliceMinimum) throws IOException {
		this.directory = directory;
		this.slicing = new SliceSearchers(sliceMinimum);
		this.fresh = fresh;
		this.zone = zone;
		IndexWriterConfig config = new IndexWriterConfig(analyzer);
		config.setOpenMode(fresh ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND);
		// a rebuild writes from every processor: a larger buffer makes fewer, larger segments to merge
		config.setRAMBufferSizeMB(256);
		this.writer = new IndexWriter(directory, config);
		Map<String, String> kept = new HashMap<>();
		if (!fresh) {
			kept.putAll(SegmentInfos.readLatestCommit(directory).getUserData());
		}
		kept.put(IndexFields.SCHEMA_KEY, IndexFields.SCHEMA);
		this.userData = Map.copyOf(kept);
		this.writer.setLiveCommitData(userData.entrySet());
		if (fresh) {
			this.writer.commit();
		}
		this.searchers = new SearcherManager(writer, slicing.factory(new FilterCaching()));
		this.suggester = new Suggester(new LuceneWords(this));
	}

	/**
	 * Opens the index in the folder; one that is missing, unreadable or of another schema version is
	 * started anew (see {@link #fresh()}): the caller then rebuilds it from the database.
	 */
	public static LuceneEngine open(Path folder, ZoneId zone) throws IOException {
		return open(folder, zone, SliceSearchers.SLICE);
	}

	/** As {@link #open(Path, ZoneId)}, searching in slices of at least {@code sliceMinimum} entries. */
	static LuceneEngine open(Path folder, ZoneId zone, int sliceMinimum) throws IOException {
		Files.createDirectories(folder);
		Directory directory = FSDirectory.open(folder);
		boolean fresh;
		try {
			SegmentInfos latest = SegmentInfos.readLatestCommit(directory);
			fresh = !IndexFields.SCHEMA.equals(latest.getUserData().get(IndexFields.SCHEMA_KEY));
			if (!fresh) {
				DirectoryReader.open(directory).close();
			}
		}
		catch (IndexNotFoundException missing) {
			fresh = true;
		}
		catch (IOException | RuntimeException corrupt) {
			fresh = true;
		}
		try {
			return new LuceneEngine(directory, fresh, zone, sliceMinimum);
		}
		catch (IOException | RuntimeException damaged) {
			if (fresh) {
				throw damaged;
			}
			return new LuceneEngine(directory, true, zone, sliceMinimum);
		}
	}

	/** Whether the index was empty, damaged or of another schema when opened, and must be rebuilt. */
	@Override
	public boolean fresh() {
		return fresh;
	}

	@Override
	public void mode(AnalysisMode analysis) {
		this.mode = analysis;
	}

	/** Whether answers are kept per reader ({@link AnswerCache}); the benchmark measures without too. */
	public void caching(boolean on) {
		this.caching = on;
	}

	/**
	 * Up to how many matches total and facets are exact (see {@link MatchSample}), and all matches
	 * are ranked (see {@link Ranking#RANKED_EXACTLY}); tests lower both.
	 */
	void sample(int matches) {
		this.sample = matches;
		this.rankedExactly = matches;
	}

	/**
	 * Up to how many matches all are ranked with the whole query ({@link Ranking#RANKED_EXACTLY});
	 * the benchmark ranks every match to see how far the title stage's pages are from that.
	 */
	public void rankedExactly(int matches) {
		this.rankedExactly = matches;
	}

	/**
	 * How many of the title stage's best are scored again with the whole query (see
	 * {@link Ranking#RESCORED}); the benchmark compares the pages another figure gives.
	 */
	public void rescored(int candidates) {
		this.rescored = candidates;
	}

	// --- writing ----------------------------------------------------------------------------------

	@Override
	public void put(SearchEntry entry, long generation, boolean commit) {
		try {
			writer.updateDocument(new Term(IndexFields.ID, entry.id()), IndexDocuments.of(entry, generation, zone));
			changed(commit);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Writes many entries with every processor; commit after closing it. */
	@Override
	public BulkLoad bulkLoad(long generation) {
		return new BulkLoad(this, generation, Math.max(1, Runtime.getRuntime().availableProcessors()));
	}

	@Override
	public void delete(String id) {
		delete(id, true);
	}

	public void delete(String id, boolean commit) {
		deleteWhere(new TermQuery(new Term(IndexFields.ID, id)), commit);
	}

	@Override
	public void deleteSource(String source) {
		deleteSource(source, true);
	}

	public void deleteSource(String source, boolean commit) {
		deleteWhere(new TermQuery(new Term(IndexFields.SOURCE, source)), commit);
	}

	/** The source's old entries deleted and its new ones added by the one writer, then one commit. */
	@Override
	public void replaceSource(String source, java.util.List<SearchEntry> entries, long generation, boolean commit) {
		try {
			writer.deleteDocuments(new Term(IndexFields.SOURCE, source));
			for (SearchEntry entry : entries) {
				writer.updateDocument(new Term(IndexFields.ID, entry.id()), IndexDocuments.of(entry, generation, zone));
			}
			changed(commit);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Removes the entries of the given sources that the rebuild of this generation did not write again. */
	@Override
	public void deleteOlderThan(long generation, Set<String> kinds) {
		BooleanQuery.Builder stale = new BooleanQuery.Builder();
		stale.add(LongField.newRangeQuery(IndexFields.GENERATION, Long.MIN_VALUE, generation - 1), Occur.FILTER);
		stale.add(new TermInSetQuery(IndexFields.KIND, kinds.stream().map(BytesRef::new).toList()), Occur.FILTER);
		deleteWhere(stale.build(), true);
	}

	private void deleteWhere(Query query, boolean commit) {
		try {
			writer.deleteDocuments(query);
			changed(commit);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A single change is committed and visible at once; a bulk load (commit false) only at {@link #commit()}. */
	private void changed(boolean commit) throws IOException {
		lastChange = Instant.now();
		if (commit) {
			writer.commit();
			searchers.maybeRefreshBlocking();
		}
	}

	@Override
	public void commit() {
		try {
			writer.commit();
			searchers.maybeRefreshBlocking();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Commits the changes so far together with the value, which {@link #remembered} reads after a restart. */
	public synchronized void commitWith(String key, String value) {
		Map<String, String> data = new HashMap<>(userData);
		data.put(key, value);
		userData = Map.copyOf(data);
		writer.setLiveCommitData(userData.entrySet());
		commit();
	}

	public @Nullable String remembered(String key) {
		return userData.get(key);
	}

	@Override
	public @Nullable Instant lastChange() {
		return lastChange;
	}

	// --- reading ----------------------------------------------------------------------------------

	/** The answer, kept while the reader is current ({@link AnswerCache}) with its 您是不是要找. */
	@Override
	public SearchResults search(SearchQuery query, Vocabulary vocabulary) {
		if (!caching) {
			return SearchEngine.super.search(query, vocabulary);
		}
		return withSearcher(searcher -> cache(searcher).answers()
			.get(new AnswerCache.Key(query, vocabulary, mode), () -> SearchEngine.super.search(query, vocabulary)));
	}

	@Override
	public SearchResults match(SearchQuery query, Vocabulary vocabulary) {
		return withSearcher(searcher -> match(searcher, cache(searcher), query, vocabulary));
	}

	@Override
	public Suggester suggester() {
		return suggester;
	}

	interface Searching<T> {

		T with(IndexSearcher searcher) throws IOException;
	}

	/** What the reading gives on a searcher of the current reader. */
	<T> T withSearcher(Searching<T> searching) {
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				return searching.with(searcher);
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private SearchResults match(IndexSearcher searcher, ReaderCache readerCache, SearchQuery query, Vocabulary vocabulary)
			throws IOException {
		String text = query.text();
		QueryPlanner.Plan plan = new QueryPlanner(pairs, words, mode).plan(text, vocabulary);
		Query matching = filtered(plan.query(), query);
		// the same matches, found through one field per term: for what needs no score
		Query found = filtered(plan.found(), query);
		int window = Math.max(1, Math.min(MAX_WINDOW, query.page() * query.size()));
		// the total and the facets from a bounded pass; then only the page is ranked, so that Lucene can skip
		MatchSample.Counted counted = MatchSample.count(searcher, found, sample);
		if (counted.total() == 0) {
			return new SearchResults(0, true, List.of(), facets(readerCache, counted), null);
		}
		TopDocs top = query.sort() == SearchSort.DATE || text.isBlank() ? searcher.search(found, window, NEWEST_FIRST)
				: rank(searcher, matching, plan.titleStages().stream().map(stage -> filtered(stage, query)).toList(),
						counted.total() > rankedExactly, window, rescored);
		int start = Math.min(top.scoreDocs.length, (query.page() - 1) * query.size());
		ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, start, top.scoreDocs.length);
		List<SearchHit> hits = hits(searcher, readerCache, plan, page);
		return new SearchResults(counted.total(), counted.exact(), hits, facets(readerCache, counted), null);
	}

	/**
	 * With too many matches to score them all (each would be: the query looks for every term in six
	 * fields, and on common words Lucene's block-max skipping prunes little), the page is ranked
	 * among the matches whose title carries the query, which outrank the others (title ×3, title
	 * phrase ×4): the best of them by title and freshness, scored again with the whole query
	 * ({@link Ranking#rankTitled}); only when they are too few to fill it are all matches ranked.
	 */
	private static TopDocs rank(IndexSearcher searcher, Query matching, List<Query> titled, boolean many, int window,
			int rescored) throws IOException {
		long now = System.currentTimeMillis();
		if (many) {
			TopDocs top = Ranking.rankTitled(searcher, titled, matching, window, now, rescored);
			if (top.scoreDocs.length >= window) {
				return top;
			}
		}
		return Ranking.rank(searcher, matching, window, now);
	}

	private Query filtered(Query text, SearchQuery query) {
		BooleanQuery.Builder filtered = new BooleanQuery.Builder();
		filtered.add(text, Occur.MUST);
		filters(query, filtered);
		return filtered.build();
	}

	private void filters(SearchQuery query, BooleanQuery.Builder filtered) {
		if (!query.siteIds().isEmpty()) {
			filtered.add(new TermInSetQuery(IndexFields.SITE,
					query.siteIds().stream().map(id -> new BytesRef(Long.toString(id))).toList()), Occur.FILTER);
		}
		if (!query.channelIds().isEmpty()) {
			filtered.add(new TermInSetQuery(IndexFields.CHANNEL,
					query.channelIds().stream().map(id -> new BytesRef(Long.toString(id))).toList()), Occur.FILTER);
		}
		if (!query.kinds().isEmpty()) {
			filtered.add(new TermInSetQuery(IndexFields.KIND, query.kinds().stream().map(BytesRef::new).toList()),
					Occur.FILTER);
		}
		if (query.from() != null || query.to() != null) {
			long from = query.from() == null ? Long.MIN_VALUE
					: query.from().atStartOfDay(zone).toInstant().toEpochMilli();
			long to = query.to() == null ? Long.MAX_VALUE
					: query.to().plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli() - 1;
			filtered.add(LongField.newRangeQuery(IndexFields.DATE, from, to), Occur.FILTER);
		}
	}

	private List<SearchHit> hits(IndexSearcher searcher, ReaderCache readerCache, QueryPlanner.Plan plan, ScoreDoc[] page) throws IOException {
		if (page.length == 0) {
			return List.of();
		}
		TopDocs pageDocs = new TopDocs(new org.apache.lucene.search.TotalHits(page.length,
				org.apache.lucene.search.TotalHits.Relation.EQUAL_TO), page);
		UnifiedHighlighter highlighter = readerCache.highlighter();
		boolean listing = plan.highlight() instanceof MatchAllDocsQuery;
		Map<String, String[]> marked = listing ? Map.of()
				: highlighter.highlightFields(new String[] { IndexFields.TITLE, IndexFields.BODY, IndexFields.ATTACHMENTS },
						plan.highlight(), pageDocs, new int[] { 1, 2, 1 });
		List<SearchHit> hits = new ArrayList<>(page.length);
		for (int i = 0; i < page.length; i++) {
			Document doc = searcher.storedFields().document(page[i].doc);
			String plainTitle = doc.get("title_text");
			String title = pick(marked, IndexFields.TITLE, i);
			String snippet = pick(marked, IndexFields.BODY, i);
			String attachment = pick(marked, IndexFields.ATTACHMENTS, i);
			if ((snippet == null || !snippet.contains("<mark>")) && attachment != null && attachment.contains("<mark>")) {
				snippet = attachment;
			}
			if (snippet == null) {
				String summary = doc.get(IndexFields.SUMMARY);
				String body = doc.get(IndexFields.BODY);
				String lead = summary != null ? summary : body == null ? "" : body;
				snippet = org.springframework.web.util.HtmlUtils.htmlEscape(lead.length() > 120 ? lead.substring(0, 120) + "…" : lead);
			}
			List<SearchEntry.Channel> channels = new ArrayList<>();
			for (String stored : doc.getValues(IndexFields.CHANNELS_STORED)) {
				int bar = stored.indexOf('|');
				channels.add(new SearchEntry.Channel(Long.parseLong(stored.substring(0, bar)), stored.substring(bar + 1)));
			}
			long millis = doc.getField(IndexFields.DATE).storedValue().getLongValue();
			LocalDate date = Instant.ofEpochMilli(millis).atZone(zone).toLocalDate();
			hits.add(new SearchHit(doc.get(IndexFields.ID), doc.get(IndexFields.KIND), Long.parseLong(doc.get(IndexFields.SITE)),
					channels, title == null ? org.springframework.web.util.HtmlUtils.htmlEscape(plainTitle) : titleOf(title, plainTitle),
					plainTitle, snippet, date, doc.get(IndexFields.URL), doc.get(IndexFields.TRADITIONAL_URL),
					doc.get(IndexFields.DOCUMENT_NUMBER_STORED), doc.get(IndexFields.VALIDITY),
					Float.isNaN(page[i].score) ? 0 : page[i].score));
		}
		return hits;
	}

	/** The highlighted title is of the normalized text; shown only when it reads the same as the title. */
	private static String titleOf(String marked, String plain) {
		String unmarked = marked.replace("<mark>", "").replace("</mark>", "");
		return unmarked.equals(org.springframework.web.util.HtmlUtils.htmlEscape(plain)) ? marked
				: org.springframework.web.util.HtmlUtils.htmlEscape(plain);
	}

	private static @Nullable String pick(Map<String, String[]> marked, String field, int i) {
		String[] values = marked.get(field);
		return values == null ? null : values[i];
	}

	private UnifiedHighlighter highlighter(IndexSearcher searcher) {
		Supplier<BreakIterator> sentences = () -> LengthGoalBreakIterator
			.createClosestToLength(BreakIterator.getSentenceInstance(Locale.CHINA), 90, 0.5f);
		return new UnifiedHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
			.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
			.withBreakIterator(sentences)
			.withWeightMatches(false)
			.withHandleMultiTermQuery(false)
			.withMaxLength(200_000)) {
			@Override
			protected BreakIterator getBreakIterator(String field) {
				return IndexFields.TITLE.equals(field) ? new org.apache.lucene.search.uhighlight.WholeBreakIterator()
						: super.getBreakIterator(field);
			}
		};
	}

	private SearchResults.Facets facets(ReaderCache readerCache, MatchSample.Counted counted) throws IOException {
		if (readerCache.state() == null || counted.total() == 0) {
			return SearchResults.Facets.none();
		}
		Facets counts = new SortedSetDocValuesFacetCounts(readerCache.state(), counted.matches());
		double scale = counted.scale();
		return new SearchResults.Facets(scaled(counts, IndexFields.SITE, scale), scaled(counts, IndexFields.CHANNEL, scale),
				scaled(counts, IndexFields.KIND, scale), scaled(counts, IndexFields.YEAR, scale));
	}

	/** The top values of a dimension; counts of a sample multiplied by {@code scale} (see {@link MatchSample}). */
	private static List<FacetCount> scaled(Facets counts, String dimension, double scale) throws IOException {
		FacetResult result;
		try {
			result = counts.getTopChildren(FACET_VALUES, dimension);
		}
		catch (IllegalArgumentException noSuchDimension) {
			return List.of();
		}
		if (result == null) {
			return List.of();
		}
		List<FacetCount> values = new ArrayList<>();
		for (LabelAndValue value : result.labelValues) {
			values.add(new FacetCount(value.label, Math.max(1, Math.round(value.value.longValue() * scale))));
		}
		return values;
	}

	/** Entries per site, over the whole index. */
	@Override
	public Map<Long, Long> countsBySite() {
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				ReaderCache readerCache = cache(searcher);
				FacetsCollector all = searcher.search(new MatchAllDocsQuery(), new FacetsCollectorManager());
				Map<Long, Long> counts = new HashMap<>();
				if (readerCache.state() != null) {
					// every site, but no more than there are values: Lucene refuses a queue of Integer.MAX_VALUE
					for (FacetCount count : facet(new SortedSetDocValuesFacetCounts(readerCache.state(), all), IndexFields.SITE,
							Math.max(1, readerCache.state().getSize()))) {
						counts.put(Long.parseLong(count.value()), count.count());
					}
				}
				return counts;
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<FacetCount> facet(Facets counts, String dimension, int limit) throws IOException {
		FacetResult result;
		try {
			result = counts.getTopChildren(limit, dimension);
		}
		catch (IllegalArgumentException noSuchDimension) {
			return List.of();
		}
		List<FacetCount> values = new ArrayList<>();
		if (result != null) {
			for (LabelAndValue value : result.labelValues) {
				values.add(new FacetCount(value.label, value.value.longValue()));
			}
		}
		return values;
	}

	@Override
	public long size() {
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				return searcher.getIndexReader().numDocs();
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Facet state, answers and the highlighter, built once per reader and kept while it is current. */
	private ReaderCache cache(IndexSearcher searcher) throws IOException {
		IndexReader reader = searcher.getIndexReader();
		ReaderCache current = cache;
		if (current != null && current.reader() == reader) {
			return current;
		}
		synchronized (this) {
			current = cache;
			if (current != null && current.reader() == reader) {
				return current;
			}
			SortedSetDocValuesReaderState state;
			try {
				state = new DefaultSortedSetDocValuesReaderState(reader, IndexDocuments.FACETS);
			}
			catch (IllegalArgumentException noFacetsYet) {
				state = null;
			}
			ReaderCache made = new ReaderCache(reader, state, new AnswerCache(), highlighter(searcher));
			cache = made;
			return made;
		}
	}

	/**
	 * The highlighter is kept too: it holds only its settings and the reader's merged field infos,
	 * which it would otherwise look up for every field of every query.
	 */
	private record ReaderCache(IndexReader reader, @Nullable SortedSetDocValuesReaderState state, AnswerCache answers,
			UnifiedHighlighter highlighter) {
	}

	@Override
	public void close() throws IOException {
		searchers.close();
		slicing.close();
		writer.close();
		directory.close();
	}
}
