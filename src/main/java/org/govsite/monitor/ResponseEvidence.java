package org.govsite.monitor;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An answer kept as evidence of a problem about a page (a page or home page that did not open):
 * its status, headers and first bytes, as they came.
 *
 * @param status null when no answer came at all (a timeout, a refused connection)
 * @param headers one {@code Name: value} a line
 * @param firstBytes at most {@link #KEPT_BYTES} of the body
 */
public record ResponseEvidence(String address, Instant at, @Nullable Integer status, String headers, byte[] firstBytes) {

	/** How much of a body is kept: enough to recognise an error page, a firewall's or a login form. */
	public static final int KEPT_BYTES = 2048;

	/** The kept bytes as text (most pages are UTF-8; a byte that is not shows as a replacement character). */
	public String firstBytesText() {
		return new String(firstBytes, StandardCharsets.UTF_8);
	}
}
