package org.govsite.search.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.jspecify.annotations.Nullable;

/** The embedded index's words: its term dictionaries, read from the current reader. */
final class LuceneWords implements IndexWords {

	private final LuceneEngine engine;

	LuceneWords(LuceneEngine engine) {
		this.engine = engine;
	}

	@Override
	public Map<String, Long> titleWords() {
		return engine.withSearcher(searcher -> terms(searcher.getIndexReader(), IndexFields.TITLE_WORDS, null));
	}

	@Override
	public Map<String, Long> pairFrequencies(Iterable<String> pairs) {
		return engine.withSearcher(searcher -> {
			IndexReader reader = searcher.getIndexReader();
			Map<String, Long> counts = new HashMap<>();
			for (String pair : pairs) {
				counts.put(pair, (long) reader.docFreq(new Term(IndexFields.TITLE, pair))
						+ reader.docFreq(new Term(IndexFields.BODY, pair)));
			}
			return counts;
		});
	}

	@Override
	public Map<String, Long> titlePairsLike(String pair) {
		BytesRef first = new BytesRef(pair.substring(0, 1));
		return engine.withSearcher(searcher -> terms(searcher.getIndexReader(), IndexFields.TITLE, first));
	}

	/** The field's terms (those beginning with the prefix, if one is given) with their document frequencies. */
	private static Map<String, Long> terms(IndexReader reader, String field, @Nullable BytesRef prefix) throws IOException {
		Map<String, Long> counts = new HashMap<>();
		Terms terms = MultiTerms.getTerms(reader, field);
		if (terms == null) {
			return counts;
		}
		TermsEnum each = terms.iterator();
		BytesRef term = prefix == null ? each.next() : each.seekCeil(prefix) == TermsEnum.SeekStatus.END ? null : each.term();
		for (; term != null && (prefix == null || StringHelper.startsWith(term, prefix)); term = each.next()) {
			counts.put(term.utf8ToString(), (long) each.docFreq());
		}
		return counts;
	}
}
