package org.govsite.site;

import java.util.regex.Pattern;

/**
 * A 政府网站标识码 (SPEC.md §1): ten characters, either a 6-digit administrative-division code and
 * a 4-digit sequence ({@code 4416020005}), or {@code bm} and 8 digits for a State Council
 * department ({@code bm07000001}). Unique on the platform; the service checks that.
 *
 * @param value the code as written
 */
public record SiteCode(String value) {

	/** ASCII digits only: {@code \d} without the Unicode flag does not match full-width digits. */
	private static final Pattern PATTERN = Pattern.compile("^(\\d{10}|bm\\d{8})$");

	public SiteCode {
		if (!PATTERN.matcher(value).matches()) {
			throw new SiteDataRejected("siteCode", "site.siteCode.invalid", value);
		}
	}

	/** The code typed by someone: surrounding blanks do not count. */
	public static SiteCode of(String value) {
		return new SiteCode(value.strip());
	}

	/** Whether this is the code of a State Council department ({@code bm...}). */
	public boolean isStateCouncilDepartment() {
		return value.startsWith("bm");
	}

	@Override
	public String toString() {
		return value;
	}
}
