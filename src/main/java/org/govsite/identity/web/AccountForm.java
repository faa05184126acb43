package org.govsite.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Opening or editing a staff account. */
public class AccountForm {

	@NotBlank
	@Pattern(regexp = "[A-Za-z][A-Za-z0-9._-]{2,63}", message = "{identity.username.invalid}")
	String username;

	@NotBlank
	@Size(max = 100)
	String displayName;

	@Size(max = 200)
	String unit;

	@Email
	@Size(max = 200)
	String email;

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

	public String getUnit() {
		return unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}
}
