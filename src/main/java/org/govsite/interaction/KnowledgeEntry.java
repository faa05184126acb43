package org.govsite.interaction;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A question and its answer in the 知识库, made by staff from a replied letter.
 *
 * @param letterId the letter it was made from, null once that letter is gone
 * @param category the subject it is classified under (交通出行, 社会保障 …)
 * @param views how often the site's readers opened it: its popularity
 */
public record KnowledgeEntry(long id, long siteId, @Nullable Long letterId, String question, String answer, String category,
		boolean published, int views, LocalDate updatedOn) {

	/** A subject of the 知识库 and how many published entries it has. */
	public record Category(String name, int entries) {
	}
}
