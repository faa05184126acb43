package org.govsite.site;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A site's 等保 (网络安全等级保护) assessment record: the go-live gate needs a passed one.
 *
 * @param level the protection level, 1 to 5
 * @param filingNumber the 等保备案 number
 * @param assessedOn the date of the assessment
 * @param passed whether the site passed it
 */
public record SecurityAssessment(int level, String filingNumber, LocalDate assessedOn, boolean passed) {

	public SecurityAssessment {
		if (level < 1 || level > 5) {
			throw new SiteDataRejected("securityLevel", "site.security.level.invalid", level);
		}
		if (filingNumber.isBlank()) {
			throw new SiteDataRejected("securityFilingNumber", "site.field.required");
		}
		filingNumber = filingNumber.strip();
	}

	/**
	 * The record typed in a form, where every part may be missing: none when nothing is given,
	 * otherwise every part is required.
	 */
	public static @Nullable SecurityAssessment of(@Nullable Integer level, @Nullable String filingNumber,
			@Nullable LocalDate assessedOn, boolean passed) {
		boolean noFiling = filingNumber == null || filingNumber.isBlank();
		if (level == null && noFiling && assessedOn == null) {
			return null;
		}
		if (level == null) {
			throw new SiteDataRejected("securityLevel", "site.field.required");
		}
		if (noFiling) {
			throw new SiteDataRejected("securityFilingNumber", "site.field.required");
		}
		if (assessedOn == null) {
			throw new SiteDataRejected("securityAssessedOn", "site.field.required");
		}
		return new SecurityAssessment(level, filingNumber, assessedOn, passed);
	}
}
