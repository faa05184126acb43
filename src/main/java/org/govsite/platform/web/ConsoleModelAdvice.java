package org.govsite.platform.web;

import java.security.Principal;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.govsite.platform.ConsoleMenuItem;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every console page the menu entries its user may see, and the platform's zone for its times. */
@ControllerAdvice(annotations = Controller.class)
class ConsoleModelAdvice {

	private final List<ConsoleMenuItem> menu;

	private final Clock clock;

	ConsoleModelAdvice(List<ConsoleMenuItem> menu, Clock clock) {
		this.menu = menu.stream().sorted(Comparator.comparingInt(ConsoleMenuItem::order)).toList();
		this.clock = clock;
	}

	/**
	 * The zone a page shows an {@code Instant} in ({@code #temporals.format(at, pattern, consoleZone)}
	 * takes its id): the injected clock's, from govsite.zone.
	 */
	@ModelAttribute("consoleZone")
	String consoleZone() {
		return clock.getZone().getId();
	}

	@ModelAttribute("consoleMenu")
	List<ConsoleMenuItem> consoleMenu() {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
			return List.of();
		}
		return menu.stream().filter(item -> item.visibleTo().test(user)).toList();
	}

	/** The numbers shown beside menu entries, by path; only entries with a count above zero. */
	@ModelAttribute("consoleMenuCounts")
	java.util.Map<String, Integer> consoleMenuCounts(@ModelAttribute("consoleMenu") List<ConsoleMenuItem> visible) {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		java.util.Map<String, Integer> counts = new java.util.HashMap<>();
		for (ConsoleMenuItem item : visible) {
			int count = item.countFor(user);
			if (count > 0) {
				counts.put(item.path(), count);
			}
		}
		return counts;
	}

	/** The signed-in user's name for the top bar (Thymeleaf 3.1 no longer offers {@code #request} to templates). */
	@ModelAttribute("consoleUser")
	@Nullable String consoleUser(@Nullable Principal principal) {
		return principal == null ? null : principal.getName();
	}

	/** The same for a page that an exception handler shows, whose model starts empty. */
	void addTo(org.springframework.ui.Model model, HttpServletRequest request, @Nullable Principal principal) {
		List<ConsoleMenuItem> visible = consoleMenu();
		model.addAttribute("consoleMenu", visible);
		model.addAttribute("consoleMenuCounts", consoleMenuCounts(visible));
		model.addAttribute("consoleUser", consoleUser(principal));
		model.addAttribute("consoleZone", consoleZone());
		model.addAttribute("consolePath", consolePath(request));
		model.addAttribute("consoleActivePath", activePath(visible, request.getRequestURI()));
	}

	/**
	 * The one menu entry the page belongs to: the longest entry path that is the page's path or
	 * a folder of it ({@code /admin/review} is not marked on {@code /admin/review-policies}).
	 */
	@ModelAttribute("consoleActivePath")
	@Nullable String consoleActivePath(HttpServletRequest request) {
		return activePath(consoleMenu(), request.getRequestURI());
	}

	static @Nullable String activePath(List<ConsoleMenuItem> items, String path) {
		return items.stream()
			.map(ConsoleMenuItem::path)
			.filter(entry -> path.equals(entry) || path.startsWith(entry + "/") && !entry.equals("/admin"))
			.max(Comparator.comparingInt(String::length))
			.orElse(null);
	}

	/** The page's path, to mark the active menu entry. */
	@ModelAttribute("consolePath")
	String consolePath(HttpServletRequest request) {
		return request.getRequestURI();
	}
}
