package org.govsite.content.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The library's settings ({@code govsite.content.*}, documented in application.yaml).
 *
 * @param maxUploadSize the largest file an editor may upload
 * @param defaultReviewLevels the review levels (1 to 3) of a channel that sets none
 * @param defaultProofreading whether the editor proofreads after review in a channel that sets nothing
 * @param schedulerInterval how often due scheduled publications and withdrawals are looked for
 * @param maxImportSize the largest Word document an editor may import as a new document
 */
@ConfigurationProperties("govsite.content")
public record ContentSettings(@DefaultValue("50MB") DataSize maxUploadSize, @DefaultValue("1") int defaultReviewLevels,
		@DefaultValue("false") boolean defaultProofreading, @DefaultValue("30s") Duration schedulerInterval,
		@DefaultValue("20MB") DataSize maxImportSize) {

	public ContentSettings {
		if (defaultReviewLevels < 1 || defaultReviewLevels > 3) {
			throw new IllegalArgumentException("govsite.content.default-review-levels must be 1, 2 or 3");
		}
	}

	public ReviewRequirement defaultRequirement() {
		return new ReviewRequirement(defaultReviewLevels, defaultProofreading);
	}
}
