package org.govsite.site;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The latest look at a domain from outside (DNS and HTTPS certificate), when enabled.
 *
 * @param addresses the addresses its name resolved to, comma-separated; empty when it did not resolve
 * @param problem what is wrong, in Chinese; null when nothing is
 */
public record DomainCheck(long entryId, Instant checkedAt, String addresses, @Nullable String subject,
		@Nullable String issuer, @Nullable Instant certificateExpires, @Nullable String problem) {
}
