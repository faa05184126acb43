package org.govsite.platform.web;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.govsite.platform.NotFound;
import org.govsite.platform.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestValueException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every console error as the console's own Chinese page, with the menu and a way back: a refused
 * action goes back to the page the user came from with the reason on top (what a form held is
 * kept by the form's own controller); an unknown object, a malformed address, a missing right and
 * a failure each show their page.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ConsoleExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ConsoleExceptionHandler.class);

	private final MessageSource messages;

	private final ConsoleModelAdvice console;

	ConsoleExceptionHandler(MessageSource messages, ConsoleModelAdvice console) {
		this.messages = messages;
		this.console = console;
	}

	@ExceptionHandler
	String ruleViolation(RuleViolation violation, HttpServletRequest request, RedirectAttributes redirect) {
		return back(request, redirect,
				messages.getMessage(violation.code(), violation.arguments(), violation.code(), LocaleContextHolder.getLocale()));
	}

	@ExceptionHandler
	String notFound(NotFound notFound, HttpServletRequest request, @Nullable Principal principal,
			HttpServletResponse response, Model model) {
		model.addAttribute("kind", messages.getMessage("kind." + notFound.kind(), null, notFound.kind(), LocaleContextHolder.getLocale()));
		return page(HttpServletResponse.SC_NOT_FOUND, "error/404", request, principal, response, model);
	}

	@ExceptionHandler(NoResourceFoundException.class)
	String noPage(HttpServletRequest request, @Nullable Principal principal, HttpServletResponse response, Model model) {
		return page(HttpServletResponse.SC_NOT_FOUND, "error/404", request, principal, response, model);
	}

	/** A button the user may not use: back to the page with the reason; an address: the 403 page. */
	@ExceptionHandler
	String accessDenied(AccessDeniedException denied, HttpServletRequest request, @Nullable Principal principal,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		if (!HttpMethod.GET.matches(request.getMethod()) && request.getHeader("Referer") != null) {
			return back(request, redirect, messages.getMessage("error.forbidden", null, LocaleContextHolder.getLocale()));
		}
		return page(HttpServletResponse.SC_FORBIDDEN, "error/403", request, principal, response, model);
	}

	/** A non-numeric id, an unknown choice, a missing parameter, an upload not sent as one: the request is wrong. */
	@ExceptionHandler({ TypeMismatchException.class, MissingRequestValueException.class,
			ServletRequestBindingException.class, HandlerMethodValidationException.class, MultipartException.class })
	String badRequest(Exception wrong, HttpServletRequest request, @Nullable Principal principal,
			HttpServletResponse response, Model model) {
		log.debug("Bad console request {}: {}", request.getRequestURI(), wrong.getMessage());
		return page(HttpServletResponse.SC_BAD_REQUEST, "error/4xx", request, principal, response, model);
	}

	@ExceptionHandler
	String methodNotAllowed(HttpRequestMethodNotSupportedException wrong, HttpServletRequest request,
			@Nullable Principal principal, HttpServletResponse response, Model model) {
		return page(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "error/405", request, principal, response, model);
	}

	@ExceptionHandler
	String tooLarge(MaxUploadSizeExceededException tooLarge, HttpServletRequest request, RedirectAttributes redirect) {
		return back(request, redirect, messages.getMessage("error.tooLarge", null, LocaleContextHolder.getLocale()));
	}

	@ExceptionHandler
	String failure(Exception failure, HttpServletRequest request, @Nullable Principal principal,
			HttpServletResponse response, Model model) throws Exception {
		if (!request.getRequestURI().startsWith("/admin")) {
			// the API answers problem+json, the public pages their own: not this page
			throw failure;
		}
		if (failure instanceof org.springframework.web.ErrorResponse answer && answer.getStatusCode().is4xxClientError()) {
			// the framework's own refusals (unsupported type, not acceptable …) keep their status
			int status = answer.getStatusCode().value();
			return page(status, status == HttpServletResponse.SC_NOT_FOUND ? "error/404" : "error/4xx", request, principal,
					response, model);
		}
		log.error("Console request {} {} failed", request.getMethod(), request.getRequestURI(), failure);
		return page(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "error/5xx", request, principal, response, model);
	}

	private String back(HttpServletRequest request, RedirectAttributes redirect, String message) {
		redirect.addFlashAttribute("errorMessage", message);
		String referer = request.getHeader("Referer");
		return "redirect:" + (referer != null && referer.contains("/admin") ? referer.substring(referer.indexOf("/admin")) : "/admin");
	}

	/** An exception handler gets a fresh model: the menu and the user are added here. */
	private String page(int status, String view, HttpServletRequest request, @Nullable Principal principal,
			HttpServletResponse response, Model model) {
		response.setStatus(status);
		console.addTo(model, request, principal);
		return view;
	}
}
