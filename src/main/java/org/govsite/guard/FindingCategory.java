package org.govsite.guard;

/**
 * What kind of problem a finding is, and what the dictionary entries of that kind hold
 * (GLOSSARY.md: 敏感词 / 错别字 / 严重错误 / 错误提法).
 */
public enum FindingCategory {

	/** 敏感词: a word that must not appear. */
	SENSITIVE,

	/** 严重错误: a leader's name with a wrong or outdated title; entries hold the name and the current titles. */
	SERIOUS_ERROR,

	/** 职务名称: a title the serious-error check knows (finds nothing by itself). */
	TITLE,

	/** 错误提法: a wrong or outdated expression, with its right form. */
	WRONG_EXPRESSION,

	/** 易混词: a common confusion (既/即, 截止/截至) in a telling context, with its right form. */
	CONFUSION,

	/** 规范用语: a look-alike or input-method slip of a protected term (攻府 for 政府). */
	PROTECTED_TERM,

	/** 个人信息: an ID number, a mobile number, a bank card, an email address (found by shape, not by dictionary). */
	PERSONAL_DATA;

	/** The category as the plain-text dictionary writes it. */
	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	public static FindingCategory ofCode(String code) {
		return valueOf(code.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
	}

	/** Whether entries of this category can be edited in the dictionary. */
	public boolean inDictionary() {
		return this != PERSONAL_DATA;
	}
}
