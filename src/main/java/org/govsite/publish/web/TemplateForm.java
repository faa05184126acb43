package org.govsite.publish.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new version of a template: its source and why it changed. */
class TemplateForm {

	@NotBlank
	@Size(max = 200_000)
	private String source = "";

	@Size(max = 500)
	private String note = "";

	public String getSource() {
		return source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}
