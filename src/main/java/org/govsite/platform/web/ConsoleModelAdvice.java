package org.govsite.platform.web;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.govsite.platform.ConsoleMenuItem;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every console page the menu entries its user may see, the user's name and the path shown
 * (Thymeleaf 3.1 no longer lets templates reach the request through {@code #request}).
 */
@ControllerAdvice(annotations = Controller.class)
class ConsoleModelAdvice {

	private final List<ConsoleMenuItem> menu;

	ConsoleModelAdvice(List<ConsoleMenuItem> menu) {
		this.menu = menu.stream().sorted(Comparator.comparingInt(ConsoleMenuItem::order)).toList();
	}

	@ModelAttribute("consoleMenu")
	List<ConsoleMenuItem> consoleMenu() {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (user == null || !user.isAuthenticated()) {
			return List.of();
		}
		return menu.stream().filter(item -> item.visibleTo().test(user)).toList();
	}

	@ModelAttribute("currentUser")
	@Nullable String currentUser(HttpServletRequest request) {
		return request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
	}

	/** The path within the application, to mark the menu entry of the page shown. */
	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}
}
