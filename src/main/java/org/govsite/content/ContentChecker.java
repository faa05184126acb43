package org.govsite.content;

import java.util.List;

/**
 * A content check run when a document is submitted for review (sensitive words, serious errors,
 * personal data …). The checks come with the content-security capability: every bean implementing
 * this port runs on submission, and its findings are shown to the author before they submit.
 */
public interface ContentChecker {

	/** What the check finds in the title and the sanitized body; empty when nothing. */
	List<ContentFinding> check(String title, String bodyHtml);
}
