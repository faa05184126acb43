package org.govsite.interaction;

/** A mailbox of a site. */
public record MailboxView(long id, long siteId, MailboxSettings settings, boolean open) {

	public String name() {
		return settings.name();
	}
}
