package org.govsite.identity;

import java.util.List;

/**
 * A module that keeps what citizens write (letters, applications, opinions) declares this as a bean,
 * so that a citizen's 我的 page lists it without identity depending on that module.
 */
public interface CitizenRecords {

	/** What the account wrote, or claimed, newest first. */
	List<CitizenItem> of(long citizenId);

	/**
	 * Gives the account what was written without an account under its verified email (by its
	 * {@link CitizenAccounts#emailDigest(String) digest}); returns how many items it took.
	 */
	int claim(long citizenId, String emailDigest);
}
