package org.govsite.disclosure;

import org.jspecify.annotations.Nullable;

/**
 * An application as written on the form (条例 article 29): who applies, a description of the
 * information, and how they want it.
 *
 * @param siteCode the 标识码 of the site whose body is asked, the body the site belongs to
 */
public record NewApplication(String siteCode, Applicant applicant, String description, @Nullable String purpose,
		Delivery delivery) {
}
