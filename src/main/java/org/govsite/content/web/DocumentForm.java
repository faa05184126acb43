package org.govsite.content.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.govsite.content.DisclosureMetadata;
import org.govsite.content.DisclosureMode;
import org.govsite.content.DocumentContent;
import org.govsite.content.DocumentType;
import org.govsite.content.DocumentView;
import org.govsite.content.Validity;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The console's document form, for every type: the disclosure fields are shown for a policy
 * document, the policy link for an interpretation, the address for an external link. Pictures in
 * the body show through the console ({@code /admin/attachments/<id>}) and are kept as
 * {@code attachment:<id>}.
 */
class DocumentForm {

	private static final Pattern CONSOLE_SRC = Pattern.compile("src=\"/admin/attachments/(\\d+)\"");

	private static final Pattern STORED_SRC = Pattern.compile("src=\"attachment:(\\d+)\"");

	@NotBlank
	@Size(max = 200)
	private String title = "";

	@Size(max = 200)
	private @Nullable String subtitle;

	private String body = "";

	@Size(max = 500)
	private @Nullable String summary;

	@Size(max = 100)
	private @Nullable String source;

	@Size(max = 100)
	private @Nullable String author;

	@Size(max = 100)
	private @Nullable String responsibleEditor;

	@Size(max = 200)
	private @Nullable String keywords;

	@Size(max = 1000)
	private @Nullable String linkUrl;

	private boolean reprint;

	@Size(max = 1000)
	private @Nullable String reprintUrl;

	private boolean nonGovernmentSource;

	private @Nullable Long policyId;

	/** 题图: an attachment's id, empty for none; absent (null) when the form did not show it. */
	private @Nullable String cover;

	@Size(max = 100)
	private @Nullable String indexNumber;

	private @Nullable String subjectCategory;

	@Size(max = 100)
	private @Nullable String documentNumber;

	@Size(max = 100)
	private @Nullable String issuer;

	// ISO dates, as <input type="date"> shows and sends them (a locale's 2026/12/1 it cannot show)
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate writtenOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate disclosedOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate effectiveOn;

	@Size(max = 200)
	private @Nullable String subjectWords;

	@Size(max = 50)
	private @Nullable String effectLevel;

	private Validity validity = Validity.VALID;

	private DisclosureMode disclosureMode = DisclosureMode.PROACTIVE;

	@Size(max = 100)
	private @Nullable String overview;

	static DocumentForm of(DocumentView document) {
		DocumentContent content = document.content();
		DocumentForm form = new DocumentForm();
		form.title = content.title();
		form.subtitle = content.subtitle();
		form.body = toEditor(content.body());
		form.summary = content.summary();
		form.source = content.source();
		form.author = content.author();
		form.responsibleEditor = content.responsibleEditor();
		form.keywords = String.join("，", content.keywords());
		form.linkUrl = content.linkUrl();
		form.reprint = content.reprint();
		form.reprintUrl = content.reprintUrl();
		form.nonGovernmentSource = content.nonGovernmentSource();
		form.policyId = content.policyId();
		form.cover = content.coverId() == null ? "" : String.valueOf(content.coverId());
		DisclosureMetadata disclosure = content.disclosure();
		if (disclosure != null) {
			form.indexNumber = disclosure.indexNumber();
			form.subjectCategory = disclosure.subjectCategory();
			form.documentNumber = disclosure.documentNumber();
			form.issuer = disclosure.issuer();
			form.writtenOn = disclosure.writtenOn();
			form.disclosedOn = disclosure.disclosedOn();
			form.subjectWords = String.join("，", disclosure.subjectWords());
			form.effectiveOn = disclosure.effectiveOn();
			form.effectLevel = disclosure.effectLevel();
			form.validity = disclosure.validity();
			form.disclosureMode = disclosure.mode();
			form.overview = disclosure.overview();
		}
		return form;
	}

	/**
	 * The text to save. What the form does not show stays as the document has it: files and cover,
	 * the date shown, the 索引号 (the platform's), the address of a document that is not a link.
	 */
	DocumentContent toContent(DocumentType type, @Nullable DocumentView existing) {
		@Nullable DocumentContent old = existing == null ? null : existing.content();
		DisclosureMetadata disclosure = type == DocumentType.POLICY ? new DisclosureMetadata(
				old == null || old.disclosure() == null ? null : old.disclosure().indexNumber(), blank(subjectCategory),
				documentNumber, blank(issuer), writtenOn, disclosedOn, effectiveOn, effectLevel, validity, disclosureMode,
				words(subjectWords), overview) : null;
		String link = type == DocumentType.LINK || old == null ? linkUrl : old.linkUrl();
		return new DocumentContent(title, subtitle, fromEditor(body), summary, source, author, responsibleEditor,
				coverId(old), old == null ? List.of() : old.attachmentIds(), words(keywords),
				old == null ? null : old.displayDate(), link, reprint, reprintUrl, nonGovernmentSource, policyId,
				disclosure);
	}

	/** The cover chosen, or the document's own when the form did not offer the choice. */
	private @Nullable Long coverId(@Nullable DocumentContent old) {
		if (cover == null) {
			return old == null ? null : old.coverId();
		}
		return cover.isBlank() || !cover.strip().matches("\\d{1,18}") ? null : Long.valueOf(cover.strip());
	}

	/** Words as typed, apart by commas, semicolons or spaces (Chinese or not). */
	private static List<String> words(@Nullable String typed) {
		return typed == null ? List.of()
				: Arrays.stream(typed.split("[,，;；]+")).map(String::strip).filter(word -> !word.isEmpty()).toList();
	}

	private static String blank(@Nullable String value) {
		return value == null ? "" : value;
	}

	/** Pictures stored as {@code attachment:<id>} show in the editor through the console. */
	static String toEditor(String html) {
		return STORED_SRC.matcher(html).replaceAll("src=\"/admin/attachments/$1\"");
	}

	static String fromEditor(String html) {
		Matcher matcher = CONSOLE_SRC.matcher(html);
		return matcher.replaceAll("src=\"attachment:$1\"");
	}

	// getters and setters for binding

	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public @Nullable String getSubtitle() { return subtitle; }
	public void setSubtitle(@Nullable String subtitle) { this.subtitle = subtitle; }
	public String getBody() { return body; }
	public void setBody(String body) { this.body = body; }
	public @Nullable String getSummary() { return summary; }
	public void setSummary(@Nullable String summary) { this.summary = summary; }
	public @Nullable String getSource() { return source; }
	public void setSource(@Nullable String source) { this.source = source; }
	public @Nullable String getAuthor() { return author; }
	public void setAuthor(@Nullable String author) { this.author = author; }
	public @Nullable String getResponsibleEditor() { return responsibleEditor; }
	public void setResponsibleEditor(@Nullable String responsibleEditor) { this.responsibleEditor = responsibleEditor; }
	public @Nullable String getKeywords() { return keywords; }
	public void setKeywords(@Nullable String keywords) { this.keywords = keywords; }
	public @Nullable String getLinkUrl() { return linkUrl; }
	public void setLinkUrl(@Nullable String linkUrl) { this.linkUrl = linkUrl; }
	public boolean isReprint() { return reprint; }
	public void setReprint(boolean reprint) { this.reprint = reprint; }
	public @Nullable String getReprintUrl() { return reprintUrl; }
	public void setReprintUrl(@Nullable String reprintUrl) { this.reprintUrl = reprintUrl; }
	public boolean isNonGovernmentSource() { return nonGovernmentSource; }
	public void setNonGovernmentSource(boolean nonGovernmentSource) { this.nonGovernmentSource = nonGovernmentSource; }
	public @Nullable Long getPolicyId() { return policyId; }
	public void setPolicyId(@Nullable Long policyId) { this.policyId = policyId; }
	public @Nullable String getCover() { return cover; }
	public void setCover(@Nullable String cover) { this.cover = cover; }
	public @Nullable String getIndexNumber() { return indexNumber; }
	public void setIndexNumber(@Nullable String indexNumber) { this.indexNumber = indexNumber; }
	public @Nullable String getSubjectCategory() { return subjectCategory; }
	public void setSubjectCategory(@Nullable String subjectCategory) { this.subjectCategory = subjectCategory; }
	public @Nullable String getDocumentNumber() { return documentNumber; }
	public void setDocumentNumber(@Nullable String documentNumber) { this.documentNumber = documentNumber; }
	public @Nullable String getIssuer() { return issuer; }
	public void setIssuer(@Nullable String issuer) { this.issuer = issuer; }
	public @Nullable LocalDate getWrittenOn() { return writtenOn; }
	public void setWrittenOn(@Nullable LocalDate writtenOn) { this.writtenOn = writtenOn; }
	public @Nullable LocalDate getDisclosedOn() { return disclosedOn; }
	public void setDisclosedOn(@Nullable LocalDate disclosedOn) { this.disclosedOn = disclosedOn; }
	public @Nullable String getSubjectWords() { return subjectWords; }
	public void setSubjectWords(@Nullable String subjectWords) { this.subjectWords = subjectWords; }
	public @Nullable LocalDate getEffectiveOn() { return effectiveOn; }
	public void setEffectiveOn(@Nullable LocalDate effectiveOn) { this.effectiveOn = effectiveOn; }
	public @Nullable String getEffectLevel() { return effectLevel; }
	public void setEffectLevel(@Nullable String effectLevel) { this.effectLevel = effectLevel; }
	public Validity getValidity() { return validity; }
	public void setValidity(Validity validity) { this.validity = validity; }
	public DisclosureMode getDisclosureMode() { return disclosureMode; }
	public void setDisclosureMode(DisclosureMode disclosureMode) { this.disclosureMode = disclosureMode; }
	public @Nullable String getOverview() { return overview; }
	public void setOverview(@Nullable String overview) { this.overview = overview; }
}
