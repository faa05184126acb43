package org.govsite.publish.internal;

import org.thymeleaf.exceptions.TemplateProcessingException;

/**
 * A site template asked for something beyond the page's view model, or for a feature site templates
 * do not have. A Thymeleaf exception, so that the engine adds where in the template it happened;
 * the message is Chinese, for the template manager.
 */
public final class TemplateRefusal extends TemplateProcessingException {

	private static final long serialVersionUID = 1L;

	TemplateRefusal(String message) {
		super(message);
	}

	TemplateRefusal(String message, Throwable cause) {
		super(message, cause);
	}
}
