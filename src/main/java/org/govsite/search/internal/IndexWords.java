package org.govsite.search.internal;

import java.util.Map;

/**
 * What an engine's index knows of its words, the little the 您是不是要找 {@link Suggester} asks:
 * the index itself is the dictionary, so that a suggestion always finds something and every node
 * sharing an index suggests alike, without a copy of the words to keep in step.
 */
interface IndexWords {

	/** The words of the titles ({@link IndexFields#TITLE_WORDS}) with how many entries' titles have each. */
	Map<String, Long> titleWords();

	/** How many entries have each of the character pairs in the title, plus how many in the body (0 for none). */
	Map<String, Long> pairFrequencies(Iterable<String> pairs);

	/**
	 * The title's character pairs that begin as the given pair does and differ in the second
	 * character, with how many entries' titles have each: the commonest, if there are very many.
	 */
	Map<String, Long> titlePairsLike(String pair);
}
