package org.govsite.disclosure;

/** The two forms of the reply letter (答复书): an editable .docx and a PDF that prints as it is. */
public enum LetterFormat {

	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),

	PDF("application/pdf", "pdf");

	private final String mediaType;

	private final String extension;

	LetterFormat(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	public String mediaType() {
		return mediaType;
	}

	public String extension() {
		return extension;
	}
}
