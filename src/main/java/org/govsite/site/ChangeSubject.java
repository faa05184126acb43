package org.govsite.site;

/**
 * What changed on a site. The changes SPEC.md §1 names are reported to the national system within
 * the reporting deadline and so make a change record; the others only tell other modules.
 */
public enum ChangeSubject {

	SPONSOR(true), RESPONSIBLE_PERSON(true), CONTACTS(true), DOMAIN(true), ADDRESS(true),

	/** The site's main channel structure (told by the channel module). */
	STRUCTURE(true),

	/** A 政务新媒体 account's name, owner or address. */
	ACCOUNT(true),

	NAME(false), PARENT(false), SITE_CODE(false), FILINGS(false), SECURITY_ASSESSMENT(false), SUPERVISOR(false),
	OPERATOR(false);

	private final boolean reported;

	ChangeSubject(boolean reported) {
		this.reported = reported;
	}

	/** Whether a change of this makes a change record with a reporting deadline. */
	public boolean reported() {
		return reported;
	}
}
