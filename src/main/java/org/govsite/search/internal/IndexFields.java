package org.govsite.search.internal;

/** The index's fields. Changing what they hold or how they are analyzed means raising {@link #SCHEMA}. */
final class IndexFields {

	/** Kept in each commit's user data; an index of another version is rebuilt at start. 2: the combined fields {@link #ALL_PAIRS}, {@link #ALL_WORDS}. */
	static final String SCHEMA = "2";

	static final String SCHEMA_KEY = "govsite.search.schema";

	static final String ID = "id";

	static final String SOURCE = "source";

	static final String KIND = "kind";

	static final String SITE = "site";

	static final String CHANNEL = "channel";

	static final String CHANNELS_STORED = "channels";

	static final String YEAR = "year";

	static final String DATE = "date";

	/** 1 for an entry in force, less for 失效 / 已废止: multiplies the score. */
	static final String WEIGHT = "weight";

	/** Which rebuild last wrote the entry: after a rebuild, older ones are gone from the database. */
	static final String GENERATION = "generation";

	static final String TITLE = "title";

	static final String TITLE_EXACT = "title_exact";

	static final String BODY = "body";

	static final String ATTACHMENTS = "attachments";

	/** Summary and the disclosure fields, as text. */
	static final String EXTRA = "extra";

	/**
	 * Title, body, attachments and {@link #EXTRA} as character pairs in one field that keeps only
	 * which documents have a term: what a query matches is found in one postings list per term, not
	 * four (scoring still reads the fields apart).
	 */
	static final String ALL_PAIRS = "all";

	/** {@link #TITLE_WORDS} and {@link #TEXT_WORDS} together, the same way as {@link #ALL_PAIRS}. */
	static final String ALL_WORDS = "all_w";

	static final String TITLE_WORDS = "title_w";

	static final String TEXT_WORDS = "text_w";

	static final String DOCUMENT_NUMBER = "docno";

	static final String DOCUMENT_NUMBER_STORED = "docno_text";

	static final String INDEX_NUMBER = "indexno";

	static final String VALIDITY = "validity";

	static final String SUMMARY = "summary";

	static final String URL = "url";

	static final String TRADITIONAL_URL = "turl";

	private IndexFields() {
	}
}
