package org.govsite.content.web;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.govsite.content.DisclosureMetadata;
import org.govsite.content.DocumentContent;
import org.govsite.content.DocumentType;
import org.jspecify.annotations.Nullable;

/**
 * A document's text through the API: the body of {@code POST /api/v1/documents} (with the site and
 * type) and of {@code PUT /api/v1/documents/{id}} (which ignores them).
 */
record DocumentRequest(@Nullable Long siteId, @Nullable DocumentType type, @NotBlank @Size(max = 200) String title,
		@Nullable @Size(max = 200) String subtitle, @Nullable String body, @Nullable @Size(max = 500) String summary,
		@Nullable @Size(max = 100) String source, @Nullable @Size(max = 100) String author,
		@Nullable @Size(max = 100) String responsibleEditor, @Nullable Long coverId, @Nullable List<Long> attachmentIds,
		@Nullable List<String> keywords, @Nullable Instant displayDate, @Nullable @Size(max = 1000) String linkUrl,
		@Nullable Boolean reprint, @Nullable @Size(max = 1000) String reprintUrl, @Nullable Boolean nonGovernmentSource,
		@Nullable Long policyId, @Nullable DisclosureMetadata disclosure) {

	DocumentContent content() {
		return new DocumentContent(title, subtitle, Objects.requireNonNullElse(body, ""), summary, source, author,
				responsibleEditor, coverId, Objects.requireNonNullElse(attachmentIds, List.of()),
				Objects.requireNonNullElse(keywords, List.of()), displayDate, linkUrl, Boolean.TRUE.equals(reprint), reprintUrl,
				Boolean.TRUE.equals(nonGovernmentSource), policyId, disclosure);
	}
}
