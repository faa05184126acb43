package org.govsite.platform.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * PostgreSQL cannot store the NUL character (U+0000) in text, so a request carrying one in any text
 * field would end in a database error (500). It is refused at the door instead, with a 400 in
 * Chinese: in a form or query parameter by a filter in front of everything (the sign-in form
 * too), in a JSON body by the string reader of the JSON mapper (answered by
 * {@link ApiExceptionHandler}).
 */
@Configuration(proxyBeanMethods = false)
class NulCharacters {

	static final String MESSAGE = "error.nulCharacter";

	/** Thrown by the JSON reader; found again in the cause chain of the unreadable request. */
	static final class NulCharacterInText extends RuntimeException {

		NulCharacterInText() {
			super("A text value contains the NUL character (U+0000)");
		}
	}

	@Bean
	JacksonModule nulRefusingStrings() {
		return new SimpleModule("nul-refusing-strings").addDeserializer(String.class, new StringDeserializer() {

			@Override
			public String deserialize(JsonParser parser, DeserializationContext context) {
				String value = super.deserialize(parser, context);
				if (value != null && value.indexOf('\0') >= 0) {
					throw new NulCharacterInText();
				}
				return value;
			}
		});
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> nulCharacterFilter(MessageSource messages) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new ParameterFilter(messages));
		// after the character-encoding filter (highest precedence), before Spring Security's
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	static final class ParameterFilter extends OncePerRequestFilter {

		private final MessageSource messages;

		ParameterFilter(MessageSource messages) {
			this.messages = messages;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!hasNul(request.getParameterMap())) {
				chain.doFilter(request, response);
				return;
			}
			String detail = messages.getMessage(MESSAGE, null, Locale.SIMPLIFIED_CHINESE);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			response.setCharacterEncoding("UTF-8");
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				String title = messages.getMessage("error.invalid.title", null, Locale.SIMPLIFIED_CHINESE);
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":400,\"detail\":\""
						+ detail + "\",\"code\":\"" + MESSAGE + "\"}");
			}
			else {
				response.setContentType(MediaType.TEXT_HTML_VALUE);
				response.getWriter().write("<!doctype html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>"
						+ HtmlUtils.htmlEscape(messages.getMessage("error.invalid.title", null, Locale.SIMPLIFIED_CHINESE))
						+ "</title><p>" + HtmlUtils.htmlEscape(detail) + "</p></html>");
			}
		}

		private static boolean hasNul(Map<String, String[]> parameters) {
			for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
				if (parameter.getKey().indexOf('\0') >= 0) {
					return true;
				}
				for (String value : parameter.getValue()) {
					if (value != null && value.indexOf('\0') >= 0) {
						return true;
					}
				}
			}
			return false;
		}
	}
}
