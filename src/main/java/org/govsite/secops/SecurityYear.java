package org.govsite.secops;

/**
 * A site's or the group's security figures of a year, for the annual website report's 安全防护 and
 * the oversight report.
 *
 * @param checks scans (安全检测) recorded in the year
 * @param problemsFound findings first found in the year
 * @param problemsFixed findings fixed in the year
 * @param drills emergency drills held in the year (the platform's count for every site)
 * @param counterfeitFound counterfeit-site reports received in the year
 * @param counterfeitDealt counterfeit sites dealt with in the year: referred to the cyberspace office,
 *        or closed without referral
 */
public record SecurityYear(long checks, long problemsFound, long problemsFixed, long drills, long counterfeitFound,
		long counterfeitDealt) {
}
