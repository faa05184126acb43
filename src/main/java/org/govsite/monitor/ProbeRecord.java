package org.govsite.monitor;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One request to a site's home page, or to a page of its sample.
 *
 * @param ok whether it opened within the timeout
 * @param status the HTTP status, if one came
 * @param cause why it failed, if it did
 * @param page the site-relative path of a sampled page; null for the home page
 * @param response the answer of a failed request, kept as evidence
 */
public record ProbeRecord(long siteId, String address, Instant probedAt, boolean ok, @Nullable Integer status, int millis,
		@Nullable String cause, @Nullable String page, @Nullable ResponseEvidence response) {

	/** A probe of the home page, without a kept answer. */
	public ProbeRecord(long siteId, String address, Instant probedAt, boolean ok, @Nullable Integer status, int millis,
			@Nullable String cause) {
		this(siteId, address, probedAt, ok, status, millis, cause, null, null);
	}

	/** Whether it probed the home page (which alone counts for the week's veto figure). */
	public boolean home() {
		return page == null;
	}
}
