package org.govsite.platform.web;

import java.security.Principal;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.govsite.platform.ConsoleMenuItem;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.SmartView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives every page that is rendered the menu entries its user may see, and the platform's zone for
 * its times. Added after the handler, and only when it shows a view: a {@code @ControllerAdvice}'s
 * model attributes ran for every JSON handler too (a {@code @RestController} is a
 * {@code @Controller}), counting the menu's work waiting on each public API request.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleModelAdvice implements HandlerInterceptor, WebMvcConfigurer {

	private final List<ConsoleMenuItem> menu;

	private final Clock clock;

	ConsoleModelAdvice(List<ConsoleMenuItem> menu, Clock clock) {
		this.menu = menu.stream().sorted(Comparator.comparingInt(ConsoleMenuItem::order)).toList();
		this.clock = clock;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView page) {
		if (page == null || !page.hasView() || redirect(page)) {
			return;
		}
		add(page.getModelMap(), request, request.getUserPrincipal());
	}

	private static boolean redirect(ModelAndView page) {
		String name = page.getViewName();
		if (name != null) {
			return name.startsWith("redirect:") || name.startsWith("forward:");
		}
		return page.getView() instanceof SmartView view && view.isRedirectView();
	}

	/** The same for a page that an exception handler shows, whose model starts empty. */
	void addTo(Model model, HttpServletRequest request, @Nullable Principal principal) {
		add(model.asMap(), request, principal);
	}

	/** What the handler put in the model itself stays. */
	private void add(Map<String, Object> model, HttpServletRequest request, @Nullable Principal principal) {
		List<ConsoleMenuItem> visible = consoleMenu();
		model.putIfAbsent("consoleMenu", visible);
		model.putIfAbsent("consoleMenuCounts", consoleMenuCounts(visible));
		if (principal != null) {
			model.putIfAbsent("consoleUser", principal.getName());
		}
		// the zone a page shows an Instant in (#temporals.format(at, pattern, consoleZone)): the injected clock's
		model.putIfAbsent("consoleZone", clock.getZone().getId());
		// the page's path, to mark the active menu entry
		model.putIfAbsent("consolePath", request.getRequestURI());
		String active = activePath(visible, request.getRequestURI());
		if (active != null) {
			model.putIfAbsent("consoleActivePath", active);
		}
	}

	private List<ConsoleMenuItem> consoleMenu() {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
			return List.of();
		}
		return menu.stream().filter(item -> item.visibleTo().test(user)).toList();
	}

	/** The numbers shown beside menu entries, by path; only entries with a count above zero. */
	private static Map<String, Integer> consoleMenuCounts(List<ConsoleMenuItem> visible) {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		Map<String, Integer> counts = new HashMap<>();
		for (ConsoleMenuItem item : visible) {
			int count = item.countFor(user);
			if (count > 0) {
				counts.put(item.path(), count);
			}
		}
		return counts;
	}

	/**
	 * The one menu entry the page belongs to: the longest entry path that is the page's path or
	 * a folder of it ({@code /admin/review} is not marked on {@code /admin/review-policies}).
	 */
	static @Nullable String activePath(List<ConsoleMenuItem> items, String path) {
		return items.stream()
			.map(ConsoleMenuItem::path)
			.filter(entry -> path.equals(entry) || path.startsWith(entry + "/") && !entry.equals("/admin"))
			.max(Comparator.comparingInt(String::length))
			.orElse(null);
	}
}
