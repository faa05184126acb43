package org.govsite.search.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.govsite.publish.PageLinks;
import org.govsite.search.Assistant;
import org.govsite.search.PublicSearch;
import org.govsite.search.SearchRateLimit;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A site's 智能问答 page (public role), linked from the site's home page: a question box and the
 * assistant's reply, rendered on the server so that it works without JavaScript.
 */
@Controller
class AssistantPageController {

	private final Assistant assistant;

	private final PublicSearch search;

	private final SearchRateLimit limits;

	private final PageLinks links;

	private final PageAnswers answers;

	AssistantPageController(Assistant assistant, PublicSearch search, SearchRateLimit limits, PageLinks links,
			PageAnswers answers) {
		this.assistant = assistant;
		this.search = search;
		this.limits = limits;
		this.links = links;
		this.answers = answers;
	}

	@GetMapping("/assistant")
	String page(@RequestParam(required = false) @Nullable String site, @RequestParam(required = false) @Nullable String q,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		String code = site == null ? "" : site.strip();
		model.addAttribute("q", q == null ? "" : q);
		var found = code.matches("\\d{10}") ? search.site(code) : java.util.Optional.<org.govsite.site.SiteSummary>empty();
		if (found.isEmpty()) {
			response.setStatus(404);
			model.addAttribute("error", answers.text("search.invalid.site"));
			return "search/assistant";
		}
		model.addAttribute("site", found.get());
		model.addAttribute("home", links.home(found.get()));
		if (q == null || q.isBlank()) {
			return "search/assistant";
		}
		if (!limits.tryTake(request.getRemoteAddr())) {
			response.setStatus(429);
			model.addAttribute("error", answers.text("search.assistant.tooMany"));
			return "search/assistant";
		}
		answers.put("reply", () -> assistant.ask(code, q), response, model);
		return "search/assistant";
	}
}
