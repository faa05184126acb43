package org.govsite.content;

/**
 * 报送 and 采用 of one department site in a year: the documents it offered to its portal that
 * year, and how many of those the portal accepted.
 *
 * @param siteId the department site
 * @param siteName its name
 * @param portalId the portal it offers to
 * @param offered offers made in the year
 * @param accepted of those, the ones accepted
 */
public record OfferStatistics(long siteId, String siteName, long portalId, int offered, int accepted) {

	/** The share accepted, in whole percent (0 when nothing was offered). */
	public int acceptedPercent() {
		return offered == 0 ? 0 : Math.round(accepted * 100f / offered);
	}
}
