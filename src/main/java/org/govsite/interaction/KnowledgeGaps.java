package org.govsite.interaction;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.govsite.interaction.internal.KnowledgeGapStore;
import org.govsite.platform.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 知识库's to-do list: the questions a site's assistant (智能问答) could not answer, most asked
 * first, for the site's handlers to answer with a new entry. Only the question is kept, with what
 * would name a person masked; nothing of who asked.
 */
@Service
@Transactional
public class KnowledgeGaps {

	static final int MAX_QUESTION = 200;

	/** Telephone, ID and account numbers, e-mail addresses: the kinds of personal data a question carries. */
	private static final Pattern PERSONAL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+|[0-9０-９Xx×-]{5,}");

	private final KnowledgeGapStore gaps;

	private final Clock clock;

	KnowledgeGaps(KnowledgeGapStore gaps, Clock clock) {
		this.gaps = gaps;
		this.clock = clock;
	}

	/** Counts a question the assistant of the site had no answer for. */
	public void unanswered(long siteId, String question) {
		String kept = masked(question);
		if (!kept.isBlank()) {
			gaps.asked(siteId, kept, LocalDate.now(clock));
		}
	}

	/** The open to-dos of the sites the user handles letters for. */
	@Transactional(readOnly = true)
	public List<KnowledgeGap> mine() {
		return gaps.open(LetterAccess.sitesOf(LetterAccess.user()), 200);
	}

	/** Done: answered by an entry, or not a question for the 知识库. */
	public void close(long id) {
		LetterAccess.requireHandler(gaps.siteOf(id).orElseThrow(() -> new NotFound("knowledgeGap", id)));
		gaps.close(id);
	}

	/** The question as kept: one line, numbers and addresses masked, at most {@value #MAX_QUESTION} characters. */
	static String masked(String question) {
		String text = PERSONAL.matcher(question).replaceAll("＊＊＊").replaceAll("\\s+", " ").strip();
		return text.codePointCount(0, text.length()) > MAX_QUESTION
				? text.substring(0, text.offsetByCodePoints(0, MAX_QUESTION)) : text;
	}
}
