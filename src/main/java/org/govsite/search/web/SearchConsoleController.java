package org.govsite.search.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.govsite.audit.Audited;
import org.govsite.identity.StaffRole;
import org.govsite.platform.BackOffice;
import org.govsite.platform.ConsoleMenuItem;
import org.govsite.search.IndexStatus;
import org.govsite.search.SearchManagement;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 站内搜索 in the console: the index per site, a full rebuild with progress, the word lists, the query log. */
@Controller
@BackOffice
class SearchConsoleController {

	private static final String HTMX = "HX-Request";

	private final SearchManagement search;

	private final SiteDirectory sites;

	SearchConsoleController(SearchManagement search, SiteDirectory sites) {
		this.search = search;
		this.sites = sites;
	}

	/** A site's line of the status table. */
	record SiteLine(String name, String siteCode, long entries) {
	}

	@GetMapping("/admin/search")
	String page(Model model) {
		status(model);
		model.addAttribute("synonyms", search.list("synonyms"));
		model.addAttribute("stopWords", search.list("stop_words"));
		model.addAttribute("hotWords", search.list("hot_words"));
		model.addAttribute("topQueries", search.topQueries());
		model.addAttribute("zeroQueries", search.queriesWithoutResults());
		return "search/console";
	}

	@GetMapping("/admin/search/status")
	String statusFragment(Model model) {
		status(model);
		return "search/console :: status";
	}

	private void status(Model model) {
		IndexStatus status = search.status();
		Map<Long, Long> counts = status.entriesBySite();
		List<SiteLine> lines = sites.all().stream()
			.map((SiteSummary site) -> new SiteLine(site.name(), site.siteCode() == null ? "" : site.siteCode(),
					counts.getOrDefault(site.id(), 0L)))
			.sorted(Comparator.comparing(SiteLine::entries).reversed())
			.toList();
		model.addAttribute("status", status);
		model.addAttribute("siteLines", lines);
		model.addAttribute("pending", search.pendingEvents());
	}

	@PostMapping("/admin/search/rebuild")
	@Audited(value = "search.rebuild", objectType = "search")
	String rebuild(@RequestHeader(name = HTMX, required = false) String htmx, Model model, RedirectAttributes redirect) {
		boolean started = search.rebuild();
		String message = started ? "search.console.rebuild.started" : "search.console.rebuild.running";
		if (htmx != null) {
			status(model);
			model.addAttribute("notice", message);
			return "search/console :: status";
		}
		redirect.addFlashAttribute("noticeKey", message);
		return "redirect:/admin/search";
	}

	@PostMapping("/admin/search/lists/{name}")
	@Audited(value = "search.settings", objectType = "search", objectIdParameter = "name")
	String save(@PathVariable String name, @RequestParam String value, RedirectAttributes redirect) {
		search.saveList(name, value);
		redirect.addFlashAttribute("noticeKey", "search.console.saved");
		return "redirect:/admin/search";
	}

	@Configuration(proxyBeanMethods = false)
	@BackOffice
	static class Menu {

		@Bean
		ConsoleMenuItem searchMenuItem() {
			return ConsoleMenuItem.forAuthorities("menu.search", "/admin/search", 55, StaffRole.SYSTEM_ADMIN.authority());
		}
	}
}
