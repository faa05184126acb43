package org.govsite.disclosure;

import org.jspecify.annotations.Nullable;

/**
 * Who applies, as they wrote it. Stored encrypted; staff see the identity number masked.
 *
 * @param name the person's or organisation's name
 * @param identityNumber a natural person's 居民身份证号码, a legal person's 统一社会信用代码
 * @param kind a legal person's kind, for the annual report
 * @param contactPerson a legal person's contact
 */
public record Applicant(ApplicantType type, String name, String identityNumber, @Nullable LegalPersonKind kind,
		@Nullable String contactPerson, String phone, @Nullable String email, @Nullable String address) {
}
