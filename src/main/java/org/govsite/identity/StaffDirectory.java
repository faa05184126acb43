package org.govsite.identity;

import java.util.List;
import java.util.Optional;

/**
 * The staff's contact addresses, for the modules that tell staff about their work by email
 * (the notification module). Only enabled accounts with an address count. It checks no
 * permissions: it answers the platform's own work, never a request's parameters.
 */
public interface StaffDirectory {

	/** The email address of an enabled account, if it has one. */
	Optional<String> emailOf(String username);

	/**
	 * The addresses of the enabled accounts that hold the authority through a grant of exactly that
	 * scope: {@code site:12:REVIEWER} the site-wide reviewers, {@code site:12:REVIEWER:channel:34} the
	 * reviewers of that channel, {@code ROLE_SYSTEM_ADMIN} the system administrators. Unknown
	 * authorities have no holders.
	 */
	List<String> emailsOfRole(String authority);

	/**
	 * The usernames of the enabled accounts that hold the authority through a grant of exactly that
	 * scope (as {@link #emailsOfRole}), email or not: who could act on work handed to that role.
	 */
	List<String> holdersOf(String authority);
}
