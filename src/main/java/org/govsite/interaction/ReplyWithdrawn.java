package org.govsite.interaction;

/**
 * A published reply is on the site no more: the writer found it 不满意 and the letter is handled
 * again. Its page is taken off the site.
 */
public record ReplyWithdrawn(long letterId, long mailboxId, long siteId) {
}
