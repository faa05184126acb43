package org.govsite.disclosure;

/** Who applies: the annual report counts them apart (SPEC.md §6). */
public enum ApplicantType {

	/** 自然人: identified by a 居民身份证号码. */
	NATURAL_PERSON,

	/** 法人或其他组织: identified by a 统一社会信用代码, of one of {@link LegalPersonKind}. */
	LEGAL_PERSON
}
