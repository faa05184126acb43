package org.govsite.content.internal;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.govsite.content.ContentRuleViolation;
import org.govsite.content.DisclosureMetadata;
import org.govsite.content.DisclosureMode;
import org.govsite.content.DocumentContent;
import org.govsite.content.DocumentType;
import org.govsite.content.SubjectCategories;
import org.govsite.content.Validity;
import org.jspecify.annotations.Nullable;

/**
 * What a version must hold before it is saved, by document type. Each refusal names its field
 * ({@code content.field.<field>.<problem>}) so that the form shows it beside that field.
 */
final class ContentRules {

	static final int TITLE_MAX = 200;

	static final int OVERVIEW_MAX = 100;

	private ContentRules() {
	}

	/**
	 * 来源 of a document shown on a site other than its own (转载): that site's readers must see whose
	 * it is (SPEC.md §4: detail pages show the source; a reprint names it, §3).
	 */
	static void requireSourceWhenReprinted(DocumentContent content, long ownSiteId, java.util.Collection<Long> siteIds) {
		boolean elsewhere = siteIds.stream().anyMatch(siteId -> siteId != ownSiteId);
		if ((elsewhere || content.reprint()) && blankToNull(content.source()) == null) {
			throw new ContentRuleViolation("content.field.source.reprinted");
		}
	}

	/** The content, trimmed, or a refusal. */
	static DocumentContent check(DocumentType type, DocumentContent content, Instant now) {
		String title = content.title() == null ? "" : content.title().strip();
		if (title.isEmpty()) {
			throw new ContentRuleViolation("content.field.title.required");
		}
		if (title.length() > TITLE_MAX) {
			throw new ContentRuleViolation("content.field.title.tooLong", TITLE_MAX);
		}
		if (content.displayDate() != null && content.displayDate().isAfter(now)) {
			throw new ContentRuleViolation("content.field.displayDate.future");
		}
		String link = blankToNull(content.linkUrl());
		if (type == DocumentType.LINK && link == null) {
			throw new ContentRuleViolation("content.field.linkUrl.required");
		}
		if (link != null && !isWebAddress(link)) {
			throw new ContentRuleViolation("content.field.linkUrl.invalid");
		}
		String reprintUrl = blankToNull(content.reprintUrl());
		if (reprintUrl != null && !isWebAddress(reprintUrl)) {
			throw new ContentRuleViolation("content.field.reprintUrl.invalid");
		}
		String source = blankToNull(content.source());
		if (content.reprint() && source == null) {
			throw new ContentRuleViolation("content.field.source.required");
		}
		if (type == DocumentType.INTERPRETATION && content.policyId() == null) {
			throw new ContentRuleViolation("content.field.policyId.required");
		}
		DisclosureMetadata disclosure = type == DocumentType.POLICY ? disclosure(content.disclosure()) : null;
		List<String> keywords = content.keywords().stream().map(String::strip).filter(k -> !k.isEmpty()).distinct().toList();
		return new DocumentContent(title, blankToNull(content.subtitle()), content.body() == null ? "" : content.body(),
				blankToNull(content.summary()), source, blankToNull(content.author()),
				blankToNull(content.responsibleEditor()), content.coverId(), content.attachmentIds(), keywords,
				content.displayDate(), link, content.reprint(), content.reprint() ? reprintUrl : null,
				content.reprint() && content.nonGovernmentSource(),
				type == DocumentType.INTERPRETATION ? content.policyId() : null, disclosure);
	}

	private static DisclosureMetadata disclosure(@Nullable DisclosureMetadata disclosure) {
		if (disclosure == null) {
			throw new ContentRuleViolation("content.field.subjectCategory.required");
		}
		String category = blankToNull(disclosure.subjectCategory());
		if (category == null) {
			throw new ContentRuleViolation("content.field.subjectCategory.required");
		}
		if (!SubjectCategories.isValid(category)) {
			throw new ContentRuleViolation("content.field.subjectCategory.unknown", category);
		}
		if (blankToNull(disclosure.issuer()) == null) {
			throw new ContentRuleViolation("content.field.issuer.required");
		}
		String overview = blankToNull(disclosure.overview());
		if (overview != null && overview.length() > OVERVIEW_MAX) {
			throw new ContentRuleViolation("content.field.overview.tooLong", OVERVIEW_MAX);
		}
		return new DisclosureMetadata(blankToNull(disclosure.indexNumber()), category, blankToNull(disclosure.documentNumber()),
				disclosure.issuer().strip(), disclosure.writtenOn(), disclosure.disclosedOn(), disclosure.effectiveOn(),
				blankToNull(disclosure.effectLevel()), Objects.requireNonNullElse(disclosure.validity(), Validity.VALID),
				Objects.requireNonNullElse(disclosure.mode(), DisclosureMode.PROACTIVE),
				Objects.requireNonNullElse(disclosure.subjectWords(), List.<String>of())
					.stream()
					.map(String::strip)
					.filter(w -> !w.isEmpty())
					.toList(),
				overview);
	}

	static boolean isWebAddress(String value) {
		try {
			URI uri = URI.create(value);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
