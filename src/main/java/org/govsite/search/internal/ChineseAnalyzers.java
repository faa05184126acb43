package org.govsite.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The two views of Chinese text that search combines: overlapping character pairs (医保 stays
 * 医保, 深圳市政府 matches 市政 and 政府) and smartcn's words (a one-character query, word
 * boundaries). docs/search.md measures each alone and the two together.
 */
public final class ChineseAnalyzers {

	private ChineseAnalyzers() {
	}

	/** Character pairs of CJK runs; other scripts as StandardTokenizer's words. */
	public static Analyzer bigrams() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				TokenStream stream = new CJKWidthFilter(source);
				stream = new LowerCaseFilter(stream);
				stream = new CJKBigramFilter(stream);
				return new TokenStreamComponents(source, stream);
			}
		};
	}

	public static Analyzer words() {
		return new SmartChineseAnalyzer(true);
	}

	/** The index's analyzer: pairs for the plain fields, words for the {@code _w} fields, keywords for ids. */
	public static Analyzer forIndex() {
		Analyzer words = words();
		return new PerFieldAnalyzerWrapper(bigrams(), Map.of(IndexFields.TITLE_WORDS, words, IndexFields.TEXT_WORDS, words,
				IndexFields.ID, new KeywordAnalyzer()));
	}

	/** The terms the analyzer makes of a text. */
	public static List<String> terms(Analyzer analyzer, String field, String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return terms;
	}
}
