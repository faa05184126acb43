package org.govsite.search;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * 智能问答: a site's 24-hour assistant. It answers a citizen's question by retrieval from the site's
 * own published content in site search — the 知识库 first, then service guides, then policy
 * documents — so no text leaves the platform. When nothing answers, it says so and offers the
 * question as a letter; the question goes on the 知识库's to-do list.
 */
public interface Assistant {

	/** A question's longest form, as the search box's. */
	int MAX_QUESTION = SearchParameters.MAX_TEXT;

	/**
	 * @throws SearchRejected {@code site} for a 标识码 of no site, {@code question} for an empty, too long
	 *     or garbled question
	 * @throws SearchUnavailable while the index is being built
	 */
	Reply ask(String siteCode, String question);

	/** Where an answer comes from, in the order answers are shown. */
	enum Source {
		/** 知识库. */
		KNOWLEDGE,
		/** 办事指南. */
		SERVICE_GUIDE,
		/** 政策文件. */
		POLICY
	}

	/**
	 * One answer: an item of the site with its source and link.
	 *
	 * @param snippet a passage, HTML-escaped, the question's words in {@code <mark>}
	 */
	record Answer(Source source, String sourceName, String title, String snippet, String url) {
	}

	/**
	 * The assistant's reply.
	 *
	 * @param message what the assistant says above its answers, or that it has none
	 * @param letterUrl the letter form of the site's mailbox with the question filled in, if the site has one
	 */
	record Reply(String siteCode, String siteName, String question, boolean answered, String message,
			List<Answer> answers, @Nullable String letterUrl) {
	}
}
