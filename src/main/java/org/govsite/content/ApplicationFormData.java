package org.govsite.content;

import org.jspecify.annotations.Nullable;

/**
 * What the submitting unit fills in the publishing application form (信息发布申请表); the item's
 * title and channels are taken from the document itself.
 *
 * @param applicantUnit the unit that asks (申请单位)
 * @param applicantPhone a phone number to reach the applicant
 * @param reason why and what is to be published (内容概要、发布理由)
 * @param secrecyChecked the applicant's confidentiality self-check: nothing secret goes online (上网不涉密)
 */
public record ApplicationFormData(String applicantUnit, @Nullable String applicantPhone, @Nullable String reason,
		boolean secrecyChecked) {
}
