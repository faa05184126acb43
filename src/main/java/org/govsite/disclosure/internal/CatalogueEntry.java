package org.govsite.disclosure.internal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govsite.content.CatalogueListing;
import org.govsite.content.DisclosureMetadata;
import org.govsite.content.PublishedDocument.RelatedDocument;
import org.govsite.content.Validity;
import org.jspecify.annotations.Nullable;

/**
 * A line of the disclosure catalogue: a live document of the site with its disclosure metadata
 * (SPEC.md §5), as the catalogue's lists show it; one no longer 有效 with the document that
 * replaces or amends it, where one is named.
 */
record CatalogueEntry(long documentId, String title, String indexNumber, String subjectCategory, String issuer,
		@Nullable String documentNumber, @Nullable LocalDate writtenOn, @Nullable LocalDate disclosedOn, Validity validity,
		@Nullable String effectLevel, @Nullable RelatedDocument replacedBy) {

	/** The year in {@code <prefix>/<year>-<serial>}, the default 索引号's form. */
	private static final Pattern YEAR = Pattern.compile("/(\\d{4})-\\d+$");

	static CatalogueEntry of(CatalogueListing listing) {
		DisclosureMetadata metadata = listing.disclosure();
		return new CatalogueEntry(listing.documentId(), listing.title(), Objects.requireNonNull(metadata.indexNumber()),
				metadata.subjectCategory(), metadata.issuer(), metadata.documentNumber(), metadata.writtenOn(), metadata.disclosedOn(), metadata.validity(),
				metadata.effectLevel() == null || metadata.effectLevel().isBlank() ? null : metadata.effectLevel().strip(),
				metadata.validity() == Validity.VALID ? null : listing.replacedBy());
	}

	/** 主题分类's first level. */
	String firstLevel() {
		int slash = subjectCategory.indexOf('/');
		return (slash < 0 ? subjectCategory : subjectCategory.substring(0, slash)).strip();
	}

	/** 主题分类's second level, if it has one. */
	@Nullable String secondLevel() {
		int slash = subjectCategory.indexOf('/');
		return slash < 0 ? null : subjectCategory.substring(slash + 1).strip();
	}

	/** The year the 索引号 carries; failing that, the year it was disclosed or written. */
	int year() {
		Matcher matcher = YEAR.matcher(indexNumber);
		if (matcher.find()) {
			return Integer.parseInt(matcher.group(1));
		}
		LocalDate day = disclosedOn != null ? disclosedOn : writtenOn;
		return day == null ? 0 : day.getYear();
	}
}
