package org.govsite.search.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.govsite.publish.PageLinks;
import org.govsite.search.PublicSearch;
import org.govsite.search.SearchParameters;
import org.govsite.search.SearchRateLimit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The search page of the whole site group (public role): every published page's search box
 * leads here. Rendered on the server, so a search works without JavaScript; facets are links.
 */
@Controller
class SearchPageController {

	private final PublicSearch search;

	private final SearchRateLimit limits;

	private final PageLinks links;

	private final PageAnswers answers;

	SearchPageController(PublicSearch search, SearchRateLimit limits, PageLinks links, PageAnswers answers) {
		this.search = search;
		this.limits = limits;
		this.links = links;
		this.answers = answers;
	}

	@GetMapping("/search")
	String page(HttpServletRequest request, HttpServletResponse response, Model model) {
		model.addAttribute("links", new SearchLinks(request.getParameterMap()));
		String origin = request.getParameter("origin");
		if (origin != null && origin.matches("\\d{10}")) {
			search.site(origin).ifPresent(site -> {
				model.addAttribute("originSite", site);
				model.addAttribute("originHome", links.home(site));
			});
		}
		String q = request.getParameter("q");
		model.addAttribute("q", q == null ? "" : q);
		if (!limits.tryTake(request.getRemoteAddr())) {
			response.setStatus(429);
			model.addAttribute("error", answers.text("search.tooMany"));
			return "search/page";
		}
		if ((q == null || q.isBlank()) && request.getParameter("site") == null && request.getParameter("channel") == null
				&& request.getParameter("type") == null) {
			model.addAttribute("hotWords", search.hotWords());
			return "search/page";
		}
		answers.put("answer", () -> {
			SearchParameters parameters = SearchParameters.parse(request.getParameterMap(), request.getQueryString());
			model.addAttribute("parameters", parameters);
			return search.search(parameters);
		}, response, model);
		return "search/page";
	}
}
