package org.govsite.backup.internal;

import org.govsite.platform.RuleViolation;

/** A backup set that may not be restored or is damaged; the code names the reason in Chinese. */
class BackupRefused extends RuleViolation {

	BackupRefused(String code, Object... arguments) {
		super(code, arguments);
	}
}
