package org.govsite.interaction;

import java.time.Instant;

/** A reply was approved and sent; published on the site if the letter may be. */
public record LetterReplied(long letterId, long mailboxId, long siteId, Instant repliedAt, boolean published) {
}
