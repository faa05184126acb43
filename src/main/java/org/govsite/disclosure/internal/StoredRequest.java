package org.govsite.disclosure.internal;

import java.time.Instant;

import org.govsite.disclosure.Applicant;
import org.govsite.disclosure.Delivery;
import org.jspecify.annotations.Nullable;

/**
 * An application as kept: its rules ({@link DisclosureRequest}) and what it says, decrypted.
 *
 * @param version for optimistic locking: two staff acting at once do not overwrite each other
 */
public record StoredRequest(long id, int version, long siteId, String number, Applicant applicant, String description,
		@Nullable String purpose, Delivery delivery, @Nullable String enteredBy, Instant createdAt, DisclosureRequest request) {
}
