package org.govsite.channel.internal;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a site's tree for a change and saves what the change did. A change holds the site's
 * tree lock until its transaction ends, so that two changes at once cannot both renumber the
 * same siblings or both take the last free code.
 */
@Component
public class ChannelStore {

	/** High half of the advisory-lock key, so that the key names a channel tree ("CHNL"). */
	private static final long LOCK_NAMESPACE = 0x43484E4CL << 32;

	private final ChannelRepository channels;

	private final JdbcClient jdbc;

	ChannelStore(ChannelRepository channels, JdbcClient jdbc) {
		this.channels = channels;
		this.jdbc = jdbc;
	}

	/** The site's whole tree, locked against other changes until the current transaction ends. */
	@Transactional(propagation = Propagation.MANDATORY)
	public ChannelTree lockedTree(long siteId) {
		jdbc.sql("select 1 from pg_advisory_xact_lock(:key)").param("key", LOCK_NAMESPACE ^ siteId).query(Integer.class).single();
		return ChannelTree.of(siteId, channels.findBySiteId(siteId));
	}

	/** Saves the channels the tree changed; new ones get their ids. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void save(ChannelTree tree) {
		channels.saveAll(tree.changes());
		tree.saved();
	}

	public Optional<Long> siteOf(long channelId) {
		return channels.findSiteIdById(channelId);
	}
}
