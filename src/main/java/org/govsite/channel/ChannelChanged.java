package org.govsite.channel;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A channel was created or changed; publishing re-renders the pages that show it, monitoring
 * re-reads its rule.
 *
 * @param siteId the site the channel belongs to
 * @param channelId the channel
 * @param kind what happened to it
 */
@DomainEvent
public record ChannelChanged(long siteId, long channelId, ChangeKind kind) {

	/** What happened to the channel. */
	public enum ChangeKind {

		CREATED,

		/** Its name, code, kind, rule, responsible people, description or keywords changed. */
		EDITED,

		/** It got another parent; its path and those of its descendants changed. */
		MOVED,

		/** Its place among its siblings changed. */
		REORDERED,

		HIDDEN,

		SHOWN,

		ARCHIVED,

		RESTORED
	}
}
