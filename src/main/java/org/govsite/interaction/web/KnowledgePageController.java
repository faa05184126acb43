package org.govsite.interaction.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.govsite.interaction.KnowledgeBase;
import org.govsite.interaction.KnowledgeEntry;
import org.govsite.interaction.LetterRefused;
import org.govsite.interaction.Letters;
import org.govsite.site.SiteSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The 知识库 on the site (role public and all): the published questions and answers by subject,
 * the most read first, searched by the words of a question; one entry per page.
 */
@Controller
class KnowledgePageController {

	static final int PAGE_SIZE = 20;

	private final KnowledgeBase knowledge;

	private final Letters letters;

	private final MessageSource messages;

	KnowledgePageController(KnowledgeBase knowledge, Letters letters, MessageSource messages) {
		this.knowledge = knowledge;
		this.letters = letters;
		this.messages = messages;
	}

	@GetMapping("/letters/knowledge")
	String list(@RequestParam String site, @RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "1") int page, Model model) {
		SiteSummary found = letters.site(site).orElseThrow(() -> new LetterRefused(404, "interaction.knowledge.noSite"));
		int current = Math.max(1, Math.min(page, 10_000));
		boolean searching = q != null && !q.isBlank();
		List<KnowledgeEntry> shown = searching ? knowledge.alike(found.id(), q, 10)
				: knowledge.published(found.id(), category, current, PAGE_SIZE);
		model.addAttribute("site", found);
		model.addAttribute("categories", knowledge.categories(found.id()));
		model.addAttribute("category", category == null ? "" : category);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("entries", shown);
		model.addAttribute("page", current);
		model.addAttribute("more", !searching && shown.size() == PAGE_SIZE);
		return "interaction/knowledge";
	}

	@GetMapping("/letters/knowledge/{id}")
	String entry(@PathVariable long id, Model model) {
		KnowledgeEntry entry = knowledge.read(id).orElseThrow(() -> new LetterRefused(404, "interaction.knowledge.unknown"));
		model.addAttribute("entry", entry);
		model.addAttribute("site", knowledge.site(entry.siteId()).orElseThrow());
		return "interaction/knowledge-entry";
	}

	@ExceptionHandler
	String refused(LetterRefused refused, HttpServletResponse response, Model model) {
		response.setStatus(refused.status());
		model.addAttribute("error", messages.getMessage(refused.code(), null, LocaleContextHolder.getLocale()));
		return "interaction/missing";
	}
}
