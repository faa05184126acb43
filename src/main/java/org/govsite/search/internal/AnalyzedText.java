package org.govsite.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A text analyzed once, replayed for each field that holds it: smartcn is the costliest step of
 * indexing, and its words go both to {@link IndexFields#TEXT_WORDS} and to
 * {@link IndexFields#ALL_WORDS}. Keeps what those fields index: terms and their positions.
 */
final class AnalyzedText {

	private final List<String> terms = new ArrayList<>();

	private final List<Integer> increments = new ArrayList<>();

	AnalyzedText(Analyzer analyzer, String field, String text) {
		try (TokenStream stream = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
				increments.add(increment.getPositionIncrement());
			}
			stream.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	List<String> terms() {
		return terms;
	}

	/** The tokens again, with their positions, for one field. */
	TokenStream replay() {
		return new Replay(terms, increments);
	}

	/** Just the terms, each at the next position, for a field that keeps only which documents have them. */
	static TokenStream of(List<String> terms) {
		return new Replay(terms, null);
	}

	private static final class Replay extends TokenStream {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

		private final List<String> terms;

		private final List<Integer> increments;

		private int next;

		Replay(List<String> terms, List<Integer> increments) {
			this.terms = terms;
			this.increments = increments;
		}

		@Override
		public void reset() throws IOException {
			super.reset();
			next = 0;
		}

		@Override
		public boolean incrementToken() {
			if (next >= terms.size()) {
				return false;
			}
			clearAttributes();
			term.setEmpty().append(terms.get(next));
			increment.setPositionIncrement(increments == null ? 1 : increments.get(next));
			next++;
			return true;
		}
	}
}
