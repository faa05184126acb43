package org.govsite.notification;

import java.time.Instant;

/**
 * A message of the staff inbox.
 *
 * @param id the message
 * @param kind its kind's code ({@link NotificationKind#code()})
 * @param text the message, ready to show
 * @param link where to go, under {@code /admin}
 * @param createdAt when
 * @param read whether the signed-in user has read it
 */
public record Notification(long id, String kind, String text, String link, Instant createdAt, boolean read) {
}
