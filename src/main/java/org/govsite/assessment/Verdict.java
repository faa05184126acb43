package org.govsite.assessment;

import java.util.Locale;

/** 合格 or 不合格. */
public enum Verdict {

	PASS, FAIL;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Verdict ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}
}
