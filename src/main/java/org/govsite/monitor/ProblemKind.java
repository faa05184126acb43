package org.govsite.monitor;

import java.util.Locale;

/**
 * What kind of problem a check found. Its {@link #code()} names it in the database and in the
 * assessment's checklist points, which deduct per problem of a kind.
 */
public enum ProblemKind {

	/** The home page failed 5 % or more of the week's probes (SPEC.md §9.4 veto 2). */
	UNREACHABLE,

	/** The home page has not changed in 2 weeks (veto 3). */
	HOME_STALE,

	/** A page of the site's probed sample does not open (its link from anywhere is then broken too). */
	PAGE_UNREACHABLE,

	/** A link on the home page leads nowhere. */
	BROKEN_LINK_HOME,

	/** A link on another published page leads nowhere. */
	BROKEN_LINK,

	/** A link to a domain of the dangerous list. */
	DANGEROUS_LINK,

	/** A news channel (2 weeks) or a first-level notice or policy channel (6 months) not updated: counted together for veto 4. */
	CHANNEL_STALE_KEY,

	/** Another channel that should be updated and is not. */
	CHANNEL_STALE,

	/** A channel that never had content (空白栏目). */
	CHANNEL_EMPTY,

	/** A published file whose content no longer matches the manifest's hash. */
	TAMPERED_FILE,

	/** A letter past its reply deadline. */
	LETTER_OVERDUE,

	/** A letter unanswered for more than three months (veto 6). */
	LETTER_UNANSWERED_THREE_MONTHS,

	/** A blocking content-security finding on a published page (serious error, sensitive word, personal data). */
	CONTENT_SERIOUS,

	/** Another content-security finding on a published page. */
	CONTENT_WARNING,

	/** A service guide missing key elements (SPEC.md §8), for the module that keeps services. */
	SERVICE_GUIDE_INCOMPLETE,

	/** A new-media account without an update in 2 weeks. */
	NEW_MEDIA_STALE;

	/** The lower-case, dashed name stored and used by checklist points: {@code broken-link-home}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static ProblemKind ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
	}
}
