package org.govsite.site;

import org.govsite.platform.RuleViolation;

/** A lifecycle step the rules of SPEC.md §1 do not allow now. */
public class LifecycleRefused extends RuleViolation {

	public LifecycleRefused(String code, Object... arguments) {
		super(code, arguments);
	}
}
