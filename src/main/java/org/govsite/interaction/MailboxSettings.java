package org.govsite.interaction;

import java.util.List;

/**
 * A mailbox as its site manager sets it up.
 *
 * @param name its name on the site (县长信箱, 咨询 …)
 * @param realNameRequired whether writers give their ID number, checked by its check digit
 * @param workingDays the reply limit (5 by default)
 * @param simpleWorkingDays the limit of a question marked simple (1 by default)
 * @param maxHops how often a letter may be passed on (转办) before someone must answer it
 * @param departments the sites of the group its letters may be passed on to
 */
public record MailboxSettings(String name, MailboxKind kind, boolean realNameRequired, int workingDays,
		int simpleWorkingDays, int maxHops, List<Long> departments) {

	public MailboxSettings {
		departments = List.copyOf(departments);
	}

	/** A mailbox with the default limits: 5 working days, 1 for a simple question, passed on at most twice. */
	public static MailboxSettings of(String name, MailboxKind kind, boolean realNameRequired, List<Long> departments) {
		return new MailboxSettings(name, kind, realNameRequired, 5, 1, 2, departments);
	}
}
