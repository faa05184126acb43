package org.govsite.content;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A 报送: a department site's document offered to its portal, and what the portal made of it.
 *
 * @param id the offer
 * @param documentId the document offered
 * @param title the document's title now
 * @param fromSiteId the department site that offers it
 * @param toSiteId the portal it is offered to
 * @param state where it is
 * @param offeredBy who offered it
 * @param offeredAt when
 * @param note what the offering editor added
 * @param decidedBy the portal editor who accepted or declined it
 * @param decidedAt when
 * @param channelId the portal channel it was accepted into
 * @param reason why it was declined
 * @param reviewedBy the portal reviewer who signed off the acceptance (or declined it in review)
 * @param reviewedAt when
 */
public record OfferView(long id, long documentId, String title, long fromSiteId, long toSiteId, OfferState state,
		String offeredBy, Instant offeredAt, @Nullable String note, @Nullable String decidedBy,
		@Nullable Instant decidedAt, @Nullable Long channelId, @Nullable String reason, @Nullable String reviewedBy,
		@Nullable Instant reviewedAt) {
}
