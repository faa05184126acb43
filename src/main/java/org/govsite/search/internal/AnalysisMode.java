package org.govsite.search.internal;

/** Which views of the text a query uses; docs/search.md compares them. The default is {@link #COMBINED}. */
public enum AnalysisMode {

	/** Character pairs only. */
	BIGRAMS,

	/** smartcn words only. */
	WORDS,

	/** Both, the pairs deciding what matches and both ranking. */
	COMBINED
}
