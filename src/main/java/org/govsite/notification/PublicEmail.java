package org.govsite.notification;

import org.jspecify.annotations.Nullable;

/**
 * An email to a member of the public (not a staff user): plain text, and where it is one of a
 * series the reader asked for, the address that ends it without signing in (sent as the
 * {@code List-Unsubscribe} header too, with RFC 8058's one-click {@code List-Unsubscribe-Post}).
 *
 * @param to the address
 * @param subject the subject, ready to show
 * @param text the body, plain text
 * @param unsubscribeUrl the one-click address that stops the series, else null
 */
public record PublicEmail(String to, String subject, String text, @Nullable String unsubscribeUrl) {
}
