package org.govsite.channel;

import java.util.List;
import java.util.Optional;

/**
 * Reads the channel trees, for the modules that place content in channels, publish them or watch
 * their freshness. It checks no permissions: callers answer to their own.
 */
public interface ChannelDirectory {

	Optional<ChannelView> find(long channelId);

	/**
	 * The site a channel belongs to, empty if unknown: one read, where {@link #find} reads the site's
	 * whole tree to make the view (the publish queue asks this for every document event).
	 */
	default Optional<Long> siteIdOf(long channelId) {
		return find(channelId).map(ChannelView::siteId);
	}

	/** The site's tree: its first-level channels in order, each with its children. */
	List<ChannelNode> tree(long siteId);

	/** Every channel of the site in tree order: each parent before its children, siblings in order. */
	List<ChannelView> ofSite(long siteId);

	/** The site's channels of one kind, in tree order. */
	List<ChannelView> ofKind(long siteId, ChannelKind kind);

	/** The channels from the first level down to the given one, itself last (for breadcrumbs); empty if unknown. */
	List<ChannelView> path(long channelId);
}
