package org.govsite.search.internal;

import java.time.ZoneId;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.govsite.search.SearchEntry;

/** A {@link SearchEntry} as the Lucene document that holds it. */
final class IndexDocuments {

	/** Stored, with offsets in the postings so that the highlighter need not analyze again. */
	private static final FieldType HIGHLIGHTED = new FieldType(TextField.TYPE_STORED);

	static {
		HIGHLIGHTED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		HIGHLIGHTED.freeze();
	}

	/** Which documents have a term, nothing more: the combined fields only find, they do not score. */
	private static final FieldType FOUND = new FieldType();

	static {
		FOUND.setIndexOptions(IndexOptions.DOCS);
		FOUND.setOmitNorms(true);
		FOUND.setTokenized(true);
		FOUND.freeze();
	}

	/** smartcn, as the index's analyzer has it for the {@code _w} fields (an analyzer is thread-safe). */
	private static final Analyzer WORDS = ChineseAnalyzers.words();

	static final FacetsConfig FACETS = facets();

	private IndexDocuments() {
	}

	private static FacetsConfig facets() {
		FacetsConfig config = new FacetsConfig();
		config.setMultiValued(IndexFields.CHANNEL, true);
		return config;
	}

	/** {@code zone}: whose year a date falls in, the platform's (govsite.zone). */
	static Document of(SearchEntry entry, long generation, ZoneId zone) throws java.io.IOException {
		Document doc = new Document();
		doc.add(new StringField(IndexFields.ID, entry.id(), Field.Store.YES));
		doc.add(new StringField(IndexFields.SOURCE, entry.source(), Field.Store.NO));
		doc.add(new StringField(IndexFields.KIND, entry.kind(), Field.Store.YES));
		doc.add(new SortedSetDocValuesFacetField(IndexFields.KIND, entry.kind()));
		doc.add(new StringField(IndexFields.SITE, Long.toString(entry.siteId()), Field.Store.YES));
		doc.add(new SortedSetDocValuesFacetField(IndexFields.SITE, Long.toString(entry.siteId())));
		for (SearchEntry.Channel channel : entry.channels()) {
			doc.add(new StringField(IndexFields.CHANNEL, Long.toString(channel.id()), Field.Store.NO));
			doc.add(new SortedSetDocValuesFacetField(IndexFields.CHANNEL, Long.toString(channel.id())));
			doc.add(new StoredField(IndexFields.CHANNELS_STORED, channel.id() + "|" + channel.name()));
		}
		int year = entry.date().atZone(zone).getYear();
		doc.add(new SortedSetDocValuesFacetField(IndexFields.YEAR, Integer.toString(year)));
		doc.add(new LongField(IndexFields.DATE, entry.date().toEpochMilli(), Field.Store.YES));
		doc.add(new LongField(IndexFields.GENERATION, generation, Field.Store.NO));
		SearchEntry.Disclosure disclosure = entry.disclosure();
		doc.add(new DoubleDocValuesField(IndexFields.WEIGHT, disclosure == null || disclosure.valid() ? 1.0 : 0.35));

		String title = SearchText.normalize(entry.title());
		doc.add(new Field(IndexFields.TITLE, title, HIGHLIGHTED));
		doc.add(new StoredField("title_text", entry.title()));
		doc.add(new StringField(IndexFields.TITLE_EXACT, SearchText.compact(entry.title()), Field.Store.NO));
		AnalyzedText titleWords = new AnalyzedText(WORDS, IndexFields.TITLE_WORDS, title);
		doc.add(new Field(IndexFields.TITLE_WORDS, titleWords.replay(), TextField.TYPE_NOT_STORED));
		String body = SearchText.normalize(entry.body());
		doc.add(new Field(IndexFields.BODY, body, HIGHLIGHTED));
		String attachments = entry.attachmentText() == null ? "" : SearchText.normalize(entry.attachmentText());
		if (!attachments.isEmpty()) {
			doc.add(new Field(IndexFields.ATTACHMENTS, attachments, HIGHLIGHTED));
		}
		if (entry.summary() != null) {
			doc.add(new StoredField(IndexFields.SUMMARY, entry.summary()));
		}
		if (disclosure != null) {
			if (disclosure.documentNumber() != null) {
				doc.add(new StringField(IndexFields.DOCUMENT_NUMBER, SearchText.compact(disclosure.documentNumber()),
						Field.Store.NO));
				doc.add(new StoredField(IndexFields.DOCUMENT_NUMBER_STORED, disclosure.documentNumber()));
			}
			if (disclosure.indexNumber() != null) {
				doc.add(new StringField(IndexFields.INDEX_NUMBER, SearchText.compact(disclosure.indexNumber()), Field.Store.NO));
			}
			if (disclosure.validity() != null) {
				doc.add(new StoredField(IndexFields.VALIDITY, disclosure.validity()));
			}
		}
		String extraText = extraText(entry);
		doc.add(new TextField(IndexFields.EXTRA, extraText, Field.Store.NO));
		AnalyzedText textWords = new AnalyzedText(WORDS, IndexFields.TEXT_WORDS,
				body + "\n" + attachments + "\n" + extraText);
		doc.add(new Field(IndexFields.TEXT_WORDS, textWords.replay(), TextField.TYPE_NOT_STORED));
		doc.add(new Field(IndexFields.ALL_WORDS, AnalyzedText.of(titleWords.terms()), FOUND));
		doc.add(new Field(IndexFields.ALL_WORDS, AnalyzedText.of(textWords.terms()), FOUND));
		for (String text : new String[] { title, body, attachments, extraText }) {
			if (!text.isEmpty()) {
				doc.add(new Field(IndexFields.ALL_PAIRS, text, FOUND));
			}
		}
		doc.add(new StoredField(IndexFields.URL, entry.url()));
		if (entry.traditionalUrl() != null) {
			doc.add(new StoredField(IndexFields.TRADITIONAL_URL, entry.traditionalUrl()));
		}
		return FACETS.build(doc);
	}

	/** The summary and the disclosure fields, normalized: the {@link IndexFields#EXTRA} field's text. */
	static String extraText(SearchEntry entry) {
		StringBuilder extra = new StringBuilder();
		if (entry.summary() != null) {
			extra.append(entry.summary()).append('\n');
		}
		SearchEntry.Disclosure disclosure = entry.disclosure();
		if (disclosure != null) {
			for (String value : new String[] { disclosure.indexNumber(), disclosure.documentNumber(), disclosure.issuer(),
					disclosure.subjectCategory(), disclosure.validity() }) {
				if (value != null) {
					extra.append(value).append('\n');
				}
			}
		}
		return SearchText.normalize(extra.toString());
	}
}
