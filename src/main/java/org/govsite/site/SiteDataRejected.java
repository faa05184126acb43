package org.govsite.site;

import org.govsite.platform.RuleViolation;

/**
 * A value given for a site or an account breaks a rule (a malformed 标识码, a domain not under
 * {@code .gov.cn}, a 标识码 already taken ...). Names the field, so that a form shows the reason
 * beside it.
 */
public class SiteDataRejected extends RuleViolation {

	private final String field;

	public SiteDataRejected(String field, String code, Object... arguments) {
		super(code, arguments);
		this.field = field;
	}

	/** The field the value was given in, as named in {@link SiteRegistration} or {@link SiteProfile}. */
	public String field() {
		return field;
	}
}
