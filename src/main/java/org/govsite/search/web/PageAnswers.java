package org.govsite.search.web;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.govsite.search.SearchRejected;
import org.govsite.search.SearchUnavailable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the search and assistant pages show for a question: the answer, or on the same page, in
 * Chinese and with the status an API would give, a refused question or an index still being built.
 */
@Component
class PageAnswers {

	private final MessageSource messages;

	PageAnswers(MessageSource messages) {
		this.messages = messages;
	}

	void put(String attribute, Supplier<?> answer, HttpServletResponse response, Model model) {
		try {
			model.addAttribute(attribute, answer.get());
		}
		catch (SearchRejected rejected) {
			response.setStatus(400);
			model.addAttribute("error", text(rejected.messageKey()));
		}
		catch (SearchUnavailable unavailable) {
			response.setStatus(503);
			response.setHeader("Retry-After", "30");
			model.addAttribute("error", text(unavailable.messageKey(), unavailable.done(), unavailable.total()));
		}
	}

	String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}
}
