package org.govsite.interaction;

/** A site opened a mailbox: its home page's 互动交流 links to it from now on. */
public record MailboxOpened(long mailboxId, long siteId) {
}
