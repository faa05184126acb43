package org.govsite.publish;

import org.govsite.platform.RuleViolation;

/**
 * A template that does not parse, fails to render the sample pages, or whose own text the content
 * check refuses: it is not saved.
 */
public class TemplateRejected extends RuleViolation {

	public TemplateRejected(String template, String problem) {
		super("publish.template.rejected", template, problem);
	}

	private TemplateRejected(String code, String template, String problem) {
		super(code, template, problem);
	}

	/** A template whose own text the content check refuses (a banned word, a wrong expression). */
	public static TemplateRejected byContentCheck(String template, String findings) {
		return new TemplateRejected("publish.template.refusedText", template, findings);
	}
}
