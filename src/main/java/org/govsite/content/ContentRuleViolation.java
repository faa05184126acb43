package org.govsite.content;

import org.govsite.platform.RuleViolation;

/** A change to a document that the rules refuse; the code explains why in Chinese. */
public class ContentRuleViolation extends RuleViolation {

	public ContentRuleViolation(String code, Object... arguments) {
		super(code, arguments);
	}

	/** The form field the refusal concerns, if it concerns one: the code's middle part, e.g. {@code title}. */
	public String field() {
		String[] parts = code().split("\\.");
		return parts.length >= 3 && "field".equals(parts[1]) ? parts[2] : "";
	}
}
