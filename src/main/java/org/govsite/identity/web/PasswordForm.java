package org.govsite.identity.web;

import jakarta.validation.constraints.NotBlank;

import org.govsite.identity.PasswordCheck;

import org.springframework.validation.BindingResult;

/** A new password typed twice (and, when changing one's own, the current one). */
public class PasswordForm {

	String current;

	@NotBlank
	String password;

	@NotBlank
	String confirmation;

	/** Puts each broken password rule and a mismatch beside their fields. */
	void check(String username, PasswordCheck passwords, BindingResult result) {
		if (password == null) {
			return;
		}
		passwords.ruleViolations(username, password).forEach(code -> result.rejectValue("password", code));
		if (!password.equals(confirmation)) {
			result.rejectValue("confirmation", "identity.password.mismatch");
		}
	}

	public String getCurrent() {
		return current;
	}

	public void setCurrent(String current) {
		this.current = current;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getConfirmation() {
		return confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = confirmation;
	}
}
