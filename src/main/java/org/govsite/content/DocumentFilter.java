package org.govsite.content;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the document list shows: every criterion is optional.
 *
 * @param siteId the owning site
 * @param channelId a channel it is placed in
 * @param state its workflow state
 * @param author who created it
 * @param from changed on or after this day
 * @param to changed on or before this day
 * @param text words in the newest title
 */
public record DocumentFilter(@Nullable Long siteId, @Nullable Long channelId, @Nullable DocumentState state,
		@Nullable String author, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String text) {

	public static DocumentFilter none() {
		return new DocumentFilter(null, null, null, null, null, null, null);
	}

	public static DocumentFilter ofSite(long siteId) {
		return new DocumentFilter(siteId, null, null, null, null, null, null);
	}
}
