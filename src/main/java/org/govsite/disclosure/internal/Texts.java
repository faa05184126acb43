package org.govsite.disclosure.internal;

import java.util.Locale;

import org.springframework.context.MessageSource;

/** The Chinese texts of the published pages, from the module's message bundle. */
@FunctionalInterface
interface Texts {

	String text(String key, Object... arguments);

	static Texts of(MessageSource messages) {
		return (key, arguments) -> messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
	}
}
