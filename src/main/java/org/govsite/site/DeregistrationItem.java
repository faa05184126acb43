package org.govsite.site;

/**
 * What is cancelled for a domain of a closed site, or one that left supervision (SPEC.md §1), in
 * the order they are usually done.
 */
public enum DeregistrationItem {

	/** The domain itself, at its registrar. */
	DOMAIN,

	/** The site's 标识码 in the national registry. */
	SITE_CODE,

	/** The ICP filing. */
	ICP_FILING,

	/** The public-security filing. */
	PUBLIC_SECURITY_FILING,

	/** The national government-website reporting system and the other national registers. */
	NATIONAL_REPORTING
}
