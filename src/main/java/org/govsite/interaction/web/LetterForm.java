package org.govsite.interaction.web;

import org.jspecify.annotations.Nullable;

/** The letter form's fields, as typed (checked by {@link org.govsite.interaction.Letters#submit}). */
class LetterForm {

	private String name = "";

	private String title = "";

	private String phone = "";

	private @Nullable String email;

	private @Nullable String idNumber;

	private String subject = "";

	private String content = "";

	private boolean publishable;

	private String challenge = "";

	private String solution = "";

	/** 先生 / 女士 / nothing. */
	@Nullable Boolean female() {
		return switch (title) {
			case "女士" -> true;
			case "先生" -> false;
			default -> null;
		};
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public @Nullable String getEmail() {
		return email;
	}

	public void setEmail(@Nullable String email) {
		this.email = email;
	}

	public @Nullable String getIdNumber() {
		return idNumber;
	}

	public void setIdNumber(@Nullable String idNumber) {
		this.idNumber = idNumber;
	}

	public String getSubject() {
		return subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getContent() {
		return content;
	}

	public void setContent(String content) {
		this.content = content;
	}

	public boolean isPublishable() {
		return publishable;
	}

	public void setPublishable(boolean publishable) {
		this.publishable = publishable;
	}

	public String getChallenge() {
		return challenge;
	}

	public void setChallenge(String challenge) {
		this.challenge = challenge;
	}

	public String getSolution() {
		return solution;
	}

	public void setSolution(String solution) {
		this.solution = solution;
	}
}
