package org.govsite.site;

import java.time.LocalDate;

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
}
