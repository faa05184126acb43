package org.govsite.interaction;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A draft put out for opinions: its text (and its address on the site, if published there), the
 * days opinions are taken, and whether a contact must be given (a citizen account, later).
 */
public record NewSolicitation(String title, String draft, @Nullable String draftUrl, LocalDate opensOn,
		LocalDate closesOn, boolean contactRequired) {
}
