package org.govsite.interaction;

/**
 * A mailbox's statistics, on the site and in the console.
 *
 * @param averageWorkingDays from receipt to reply, over the replied letters (0 without any)
 */
public record MailboxFigures(long mailboxId, String mailbox, int received, int replied, int repliedOnTime,
		double averageWorkingDays) {
}
