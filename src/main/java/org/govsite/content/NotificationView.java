package org.govsite.content;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A message of the staff inbox: a document waits for the user, was sent back, went live …
 *
 * @param id the message
 * @param documentId the document concerned
 * @param kind what happened
 * @param text the message, ready to show
 * @param link where to go, under {@code /admin}
 * @param createdAt when
 * @param read whether the user has read it
 */
public record NotificationView(long id, @Nullable Long documentId, NotificationKind kind, String text, String link,
		Instant createdAt, boolean read) {

	/** What a message is about. */
	public enum NotificationKind {
		REVIEW_WAITING, PROOFREADING_WAITING, SENT_BACK, PUBLISHED, WITHDRAWN, SECRECY_ANSWERED, OFFER_RECEIVED,
		OFFER_DECIDED, OFFER_REVIEW_WAITING, PLACEMENT_REVIEW_WAITING,
		CHANNEL_UPDATE_DUE
	}
}
