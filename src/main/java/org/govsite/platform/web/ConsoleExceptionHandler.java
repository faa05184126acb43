package org.govsite.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.govsite.platform.NotFound;
import org.govsite.platform.RuleViolation;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Turns a refused console action into a plain Chinese message: back to the page the user came
 * from, with the reason on top; an unknown object shows the 404 page.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ConsoleExceptionHandler {

	private final MessageSource messages;

	ConsoleExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	String ruleViolation(RuleViolation violation, HttpServletRequest request, RedirectAttributes redirect) {
		redirect.addFlashAttribute("errorMessage",
				messages.getMessage(violation.code(), violation.arguments(), violation.code(), LocaleContextHolder.getLocale()));
		String referer = request.getHeader("Referer");
		return "redirect:" + (referer != null && referer.contains("/admin") ? referer.substring(referer.indexOf("/admin")) : "/admin");
	}

	@ExceptionHandler
	String notFound(NotFound notFound, HttpServletResponse response, Model model) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("kind", messages.getMessage("kind." + notFound.kind(), null, notFound.kind(), LocaleContextHolder.getLocale()));
		return "error/404";
	}
}
