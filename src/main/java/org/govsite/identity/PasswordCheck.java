package org.govsite.identity;

import java.util.List;

import org.govsite.identity.internal.Credentials;

import org.springframework.stereotype.Component;

/** The password rules a new password breaks, for a form to show beside the field before anything is tried. */
@Component
public class PasswordCheck {

	private final Credentials credentials;

	PasswordCheck(Credentials credentials) {
		this.credentials = credentials;
	}

	/** The message codes of the broken rules; empty when the password may be tried. */
	public List<String> ruleViolations(String username, String password) {
		return credentials.ruleViolations(username, password);
	}

}
