package org.govsite.publish;

import org.govsite.platform.RuleViolation;

/** A template that does not parse or fails to render the sample pages: it is not saved. */
public class TemplateRejected extends RuleViolation {

	public TemplateRejected(String template, String problem) {
		super("publish.template.rejected", template, problem);
	}
}
