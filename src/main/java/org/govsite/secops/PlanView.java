package org.govsite.secops;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A version of the emergency plan (应急预案), where it was filed (备案), and its document if uploaded.
 *
 * @param documentName the uploaded document's name, null without one
 * @param documentSize its size in bytes
 */
public record PlanView(long id, String title, String version, String filedWith, @Nullable LocalDate filedOn,
		@Nullable String documentName, long documentSize) {
}
