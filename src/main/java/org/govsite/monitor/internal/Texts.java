package org.govsite.monitor.internal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The Chinese texts of what the checks find, from the monitor's message bundle. */
@Component
public class Texts {

	private final MessageSource messages;

	Texts(MessageSource messages) {
		this.messages = messages;
	}

	public String get(String key, Object... args) {
		return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
	}
}
