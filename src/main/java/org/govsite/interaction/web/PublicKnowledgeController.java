package org.govsite.interaction.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.govsite.interaction.KnowledgeBase;
import org.govsite.interaction.LetterRefused;
import org.govsite.interaction.Letters;
import org.govsite.interaction.MailboxView;
import org.govsite.interaction.SubmissionLimits;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** While a citizen types the question of a letter, the answered questions alike, from the site's 知识库. */
@RestController
@RequestMapping("/api/public")
@Tag(name = "互动交流（公开）")
class PublicKnowledgeController {

	private final KnowledgeBase knowledge;

	private final Letters letters;

	private final SubmissionLimits limits;

	PublicKnowledgeController(KnowledgeBase knowledge, Letters letters, SubmissionLimits limits) {
		this.knowledge = knowledge;
		this.letters = letters;
		this.limits = limits;
	}

	/** An answered question alike, with where to read it. */
	record Alike(long id, String question, String category, String url) {
	}

	@GetMapping("/mailboxes/{mailboxId}/alike")
	@Operation(summary = "相似问题", description = "写信前，按所填主题或内容从该信箱所属网站的知识库中找出相似的已答复问题（至多 5 条）。")
	List<Alike> alike(@PathVariable long mailboxId, @RequestParam(defaultValue = "") String q, HttpServletRequest http) {
		if (q.codePointCount(0, q.length()) > 500) {
			throw new LetterRefused(400, "interaction.knowledge.tooLong.q");
		}
		if (!limits.tryLookup(http.getRemoteAddr())) {
			throw new LetterRefused(429, "interaction.follow.tooMany");
		}
		MailboxView mailbox = letters.mailbox(mailboxId).filter(MailboxView::open)
			.orElseThrow(() -> new LetterRefused(404, "interaction.submit.noMailbox"));
		return knowledge.alike(mailbox.siteId(), q, 5).stream()
			.map(entry -> new Alike(entry.id(), entry.question(), entry.category(), "/letters/knowledge/" + entry.id()))
			.toList();
	}
}
