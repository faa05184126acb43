package org.govsite.search.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns what someone typed into a Lucene query, edismax-like: each term of the text is looked for
 * in title, body, attachments and the summary and disclosure fields at once (best field counts);
 * most of the terms must match; the title, a phrase in the title or body, an exact title and an
 * exact 文号 or 索引号 rank higher. Quoted parts ("…") must appear as phrases. Synonyms make
 * alternatives; stop words are dropped.
 */
public final class QueryPlanner {

	/** Share of a part's terms that a match must have. */
	private static final float MINIMUM_MATCH = 0.6f;

	private static final Pattern QUOTED = Pattern.compile("[\"“”「」『』]([^\"“”「」『』]+)[\"“”「」『』]");

	private static final Map<String, Float> PAIR_FIELDS = Map.of(IndexFields.TITLE, 3f, IndexFields.BODY, 1f,
			IndexFields.ATTACHMENTS, 0.7f, IndexFields.EXTRA, 1.5f);

	private static final Map<String, Float> WORD_FIELDS = Map.of(IndexFields.TITLE_WORDS, 3f, IndexFields.TEXT_WORDS, 1f);

	private static final Map<String, Float> TITLE_PAIRS = Map.of(IndexFields.TITLE, 1f);

	private static final Map<String, Float> TITLE_WORDS = Map.of(IndexFields.TITLE_WORDS, 1f);

	private static final Map<String, Float> ALL_PAIRS = Map.of(IndexFields.ALL_PAIRS, 1f);

	private static final Map<String, Float> ALL_WORDS = Map.of(IndexFields.ALL_WORDS, 1f);

	private final Analyzer pairs;

	private final Analyzer words;

	private final AnalysisMode mode;

	public QueryPlanner(Analyzer pairs, Analyzer words, AnalysisMode mode) {
		this.pairs = pairs;
		this.words = words;
		this.mode = mode;
	}

	/**
	 * A planned query: what finds and ranks, what the highlighter marks, and the matches whose title
	 * (or exact 文号 / 索引号) carries the query, among which a query with very many matches is ranked.
	 * {@code found} matches exactly what {@code query} does, through the combined fields
	 * ({@link IndexFields#ALL_PAIRS}, {@link IndexFields#ALL_WORDS}): one postings list per term
	 * instead of one per field, for counting and filtering; it does not score.
	 */
	public record Plan(Query query, Query highlight, Query titled, Query found, boolean titledWithinFound, Query titledEvery) {

		/**
		 * The matches whose title (or exact 文号 / 索引号) carries the query. When the query is one
		 * part or one quoted phrase, a title that carries it is itself a match ({@code titledWithinFound}:
		 * the combined fields hold the title's terms), so the matches need no second look.
		 */
		public Query titledMatches() {
			return titledWithinFound ? titled
					: new BooleanQuery.Builder().add(titled, Occur.MUST).add(found, Occur.FILTER).build();
		}

		/**
		 * Where the title stage looks, in turn, until one gives enough: for a query of several parts,
		 * first the entries whose title carries every part ({@code titledEvery}, each a match by
		 * itself), then those whose title carries any part and that match. A title carrying every part
		 * outranks one carrying some, and a common part (通知) in half the titles made the second look
		 * at half the index.
		 */
		public List<Query> titleStages() {
			return titledWithinFound ? List.of(titled) : List.of(titledEvery, titledMatches());
		}
	}

	/**
	 * The title queries as the groups of the query (its parts, its quoted phrases) add them: any
	 * group's title terms, and every group's.
	 */
	private static final class Titles {

		private final BooleanQuery.Builder any = new BooleanQuery.Builder();

		private final BooleanQuery.Builder every = new BooleanQuery.Builder();

		private final List<Query> exact = new ArrayList<>();

		private BooleanQuery.Builder group = new BooleanQuery.Builder();

		void add(Query title) {
			any.add(title, Occur.SHOULD);
			group.add(title, Occur.SHOULD);
		}

		void endGroup() {
			BooleanQuery built = group.build();
			if (!built.clauses().isEmpty()) {
				every.add(built, Occur.MUST);
			}
			group = new BooleanQuery.Builder();
		}

		void exact(Query term) {
			any.add(term, Occur.SHOULD);
			exact.add(term);
		}

		Query any() {
			return any.build();
		}

		Query every() {
			BooleanQuery.Builder either = new BooleanQuery.Builder();
			BooleanQuery all = every.build();
			if (!all.clauses().isEmpty()) {
				either.add(all, Occur.SHOULD);
			}
			exact.forEach(term -> either.add(term, Occur.SHOULD));
			return either.build();
		}
	}

	/** One part of the query as it ranks and as it only finds. */
	private record Part(Query ranked, Query found) {
	}

	public Plan plan(String typed, Vocabulary vocabulary) {
		String text = SearchText.normalize(typed).strip();
		if (text.isEmpty()) {
			return new Plan(new MatchAllDocsQuery(), new MatchAllDocsQuery(), new MatchAllDocsQuery(), new MatchAllDocsQuery(),
					true, new MatchAllDocsQuery());
		}
		BooleanQuery.Builder main = new BooleanQuery.Builder();
		BooleanQuery.Builder mainFound = new BooleanQuery.Builder();
		BooleanQuery.Builder highlight = new BooleanQuery.Builder();
		Titles titles = new Titles();
		Matcher quoted = QUOTED.matcher(text);
		StringBuilder rest = new StringBuilder();
		int last = 0;
		while (quoted.find()) {
			rest.append(text, last, quoted.start()).append(' ');
			last = quoted.end();
			Query phrase = phrases(quoted.group(1), highlight, titles);
			titles.endGroup();
			if (phrase != null) {
				main.add(phrase, Occur.MUST);
				mainFound.add(phrase, Occur.MUST);
			}
		}
		rest.append(text.substring(last));
		// a space typed is an AND between parts; a stop word dropped only splits a part into chunks
		for (String part : rest.toString().strip().split("\\s+")) {
			if (part.isBlank()) {
				continue;
			}
			BooleanQuery.Builder alternatives = new BooleanQuery.Builder();
			BooleanQuery.Builder foundAlternatives = new BooleanQuery.Builder();
			for (String variant : vocabulary.variants(part)) {
				Part one = part(List.of(vocabulary.withoutStopWords(variant).split(" ")), highlight, titles);
				if (one != null) {
					alternatives.add(one.ranked(), Occur.SHOULD);
					foundAlternatives.add(one.found(), Occur.SHOULD);
				}
			}
			titles.endGroup();
			BooleanQuery built = alternatives.build();
			if (!built.clauses().isEmpty()) {
				main.add(built, Occur.MUST);
				mainFound.add(foundAlternatives.build(), Occur.MUST);
			}
		}
		BooleanQuery matching = main.build();
		BooleanQuery.Builder top = new BooleanQuery.Builder();
		BooleanQuery.Builder found = new BooleanQuery.Builder();
		if (!matching.clauses().isEmpty()) {
			top.add(matching, Occur.SHOULD);
			found.add(mainFound.build(), Occur.SHOULD);
		}
		String compact = SearchText.compact(text);
		if (!compact.isEmpty()) {
			exact(top, titles, found, IndexFields.TITLE_EXACT, compact, 40f);
			if (compact.chars().anyMatch(Character::isDigit)) {
				exact(top, titles, found, IndexFields.DOCUMENT_NUMBER, compact, 60f);
				exact(top, titles, found, IndexFields.INDEX_NUMBER, compact, 60f);
			}
		}
		top.setMinimumNumberShouldMatch(1);
		found.setMinimumNumberShouldMatch(1);
		return new Plan(top.build(), highlight.build(), titles.any(), found.build(), matching.clauses().size() <= 1, titles.every());
	}

	private static void exact(BooleanQuery.Builder top, Titles titles, BooleanQuery.Builder found, String field,
			String compact, float boost) {
		TermQuery term = new TermQuery(new Term(field, compact));
		top.add(new BoostQuery(term, boost), Occur.SHOULD);
		titles.exact(term);
		found.add(term, Occur.SHOULD);
	}

	/** One space-separated part of the query: most of its terms must match, phrases rank higher. */
	private Part part(List<String> chunks, BooleanQuery.Builder highlight, Titles titles) {
		List<List<String>> pairChunks = new ArrayList<>();
		List<String> pairAll = new ArrayList<>();
		List<String> wordAll = new ArrayList<>();
		for (String chunk : chunks) {
			List<String> pairSequence = ChineseAnalyzers.terms(pairs, IndexFields.BODY, chunk);
			pairChunks.add(pairSequence);
			pairAll.addAll(pairSequence);
			wordAll.addAll(ChineseAnalyzers.terms(words, IndexFields.TEXT_WORDS, chunk));
		}
		List<String> pairTerms = distinct(pairAll);
		// smartcn's single characters are mostly the pieces of a word it does not know (市徽 → 市 / 徽):
		// the pairs cover those, so single characters count only when there is nothing else
		List<String> longWords = wordAll.stream().filter(word -> word.length() > 1).toList();
		List<String> wordSequence = longWords.isEmpty() ? wordAll : longWords;
		List<String> wordTerms = distinct(wordSequence);
		BooleanQuery.Builder part = new BooleanQuery.Builder();
		Query pairMatch = mode == AnalysisMode.WORDS ? null : terms(pairTerms, PAIR_FIELDS);
		Query wordMatch = mode == AnalysisMode.BIGRAMS ? null : terms(wordTerms, WORD_FIELDS);
		BooleanQuery.Builder match = new BooleanQuery.Builder();
		if (pairMatch != null) {
			match.add(pairMatch, Occur.SHOULD);
		}
		if (wordMatch != null) {
			match.add(wordMatch, Occur.SHOULD);
		}
		BooleanQuery matchQuery = match.build();
		if (matchQuery.clauses().isEmpty()) {
			return null;
		}
		// the phrases below only rank: what the part matches is whether most of its terms are there
		BooleanQuery.Builder found = new BooleanQuery.Builder();
		if (pairMatch != null) {
			found.add(terms(pairTerms, ALL_PAIRS), Occur.SHOULD);
		}
		if (wordMatch != null) {
			found.add(terms(wordTerms, ALL_WORDS), Occur.SHOULD);
		}
		part.add(matchQuery, Occur.MUST);
		Query titlePairs = mode == AnalysisMode.WORDS ? null : terms(pairTerms, TITLE_PAIRS);
		Query titleWords = mode == AnalysisMode.BIGRAMS ? null : terms(wordTerms, TITLE_WORDS);
		if (titlePairs != null) {
			titles.add(titlePairs);
		}
		if (titleWords != null) {
			titles.add(titleWords);
		}
		if (mode != AnalysisMode.WORDS) {
			for (List<String> pairSequence : pairChunks) {
				if (pairSequence.size() > 1) {
					part.add(new BoostQuery(phrase(IndexFields.TITLE, pairSequence), 4f), Occur.SHOULD);
					part.add(new BoostQuery(phrase(IndexFields.BODY, pairSequence), 2f), Occur.SHOULD);
				}
			}
		}
		if (mode != AnalysisMode.BIGRAMS && wordTerms.size() > 1) {
			part.add(new BoostQuery(phrase(IndexFields.TITLE_WORDS, wordSequence), 3f), Occur.SHOULD);
		}
		for (String term : pairTerms) {
			highlight.add(new TermQuery(new Term(IndexFields.TITLE, term)), Occur.SHOULD);
			highlight.add(new TermQuery(new Term(IndexFields.BODY, term)), Occur.SHOULD);
			highlight.add(new TermQuery(new Term(IndexFields.ATTACHMENTS, term)), Occur.SHOULD);
		}
		return new Part(part.build(), found.build());
	}

	/** A quoted phrase: it must appear as written, in the title, body or attachments. */
	private Query phrases(String text, BooleanQuery.Builder highlight, Titles titles) {
		List<String> pairTerms = ChineseAnalyzers.terms(pairs, IndexFields.BODY, text);
		if (pairTerms.isEmpty()) {
			return null;
		}
		titles.add(phrase(IndexFields.TITLE, pairTerms));
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		for (Map.Entry<String, Float> field : PAIR_FIELDS.entrySet()) {
			any.add(new BoostQuery(phrase(field.getKey(), pairTerms), field.getValue()), Occur.SHOULD);
		}
		for (String term : pairTerms) {
			highlight.add(new TermQuery(new Term(IndexFields.TITLE, term)), Occur.SHOULD);
			highlight.add(new TermQuery(new Term(IndexFields.BODY, term)), Occur.SHOULD);
		}
		return any.build();
	}

	/** Per term the best field; most terms must match. */
	private static Query terms(List<String> terms, Map<String, Float> fields) {
		if (terms.isEmpty()) {
			return null;
		}
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		for (String term : terms) {
			List<Query> perField = new ArrayList<>();
			fields.forEach((field, boost) -> perField.add(new BoostQuery(new TermQuery(new Term(field, term)), boost)));
			all.add(new DisjunctionMaxQuery(perField, 0.1f), Occur.SHOULD);
		}
		all.setMinimumNumberShouldMatch(Math.max(1, Math.round(terms.size() * MINIMUM_MATCH)));
		return all.build();
	}

	private static PhraseQuery phrase(String field, List<String> terms) {
		PhraseQuery.Builder phrase = new PhraseQuery.Builder();
		for (int i = 0; i < terms.size(); i++) {
			phrase.add(new Term(field, terms.get(i)), i);
		}
		return phrase.build();
	}

	private static List<String> distinct(List<String> terms) {
		Set<String> unique = new LinkedHashSet<>(terms);
		return new ArrayList<>(unique);
	}
}
