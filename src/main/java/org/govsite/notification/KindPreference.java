package org.govsite.notification;

/** One line of a user's preferences: a kind of message and whether it also comes by email. */
public record KindPreference(NotificationKind kind, boolean email) {
}
