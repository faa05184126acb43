package org.govsite.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.govsite.identity.PasswordCheck;

import org.springframework.validation.BindingResult;

/** The setup page's form: one block per administrator. */
public class SetupForm {

	@Valid
	Administrator system = new Administrator();

	@Valid
	Administrator security = new Administrator();

	@Valid
	Administrator audit = new Administrator();

	void checkPasswords(PasswordCheck passwords, BindingResult result) {
		check(system, "system", passwords, result);
		check(security, "security", passwords, result);
		check(audit, "audit", passwords, result);
	}

	private static void check(Administrator admin, String path, PasswordCheck passwords, BindingResult result) {
		if (admin.password == null || admin.username == null) {
			return;
		}
		passwords.ruleViolations(admin.username, admin.password)
			.forEach(code -> result.rejectValue(path + ".password", code));
		if (!admin.password.equals(admin.confirmation)) {
			result.rejectValue(path + ".confirmation", "identity.password.mismatch");
		}
	}

	public Administrator getSystem() {
		return system;
	}

	public Administrator getSecurity() {
		return security;
	}

	public Administrator getAudit() {
		return audit;
	}

	public static class Administrator {

		@NotBlank
		@Pattern(regexp = "[A-Za-z][A-Za-z0-9._-]{2,63}", message = "{identity.username.invalid}")
		String username;

		@NotBlank
		@Size(max = 100)
		String displayName;

		@NotBlank
		String password;

		@NotBlank
		String confirmation;

		public String getUsername() {
			return username;
		}

		public void setUsername(String username) {
			this.username = username;
		}

		public String getDisplayName() {
			return displayName;
		}

		public void setDisplayName(String displayName) {
			this.displayName = displayName;
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
}
