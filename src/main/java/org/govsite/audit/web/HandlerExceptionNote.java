package org.govsite.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Notes a handler's exception on the request before the exception handlers turn it into a page,
 * a problem answer or a redirect (a refused console action comes back as a redirect with a
 * message, status 302, and the dispatcher clears its own error attributes after rendering), so
 * that the audit record knows the request failed. It resolves nothing itself.
 */
final class HandlerExceptionNote implements HandlerExceptionResolver {

	private static final String ATTRIBUTE = HandlerExceptionNote.class.getName() + ".exception";

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception exception) {
		request.setAttribute(ATTRIBUTE, exception);
		return null;
	}

	/** The exception the request's handler threw, if any. */
	static @Nullable Exception of(HttpServletRequest request) {
		return request.getAttribute(ATTRIBUTE) instanceof Exception exception ? exception : null;
	}
}
