package org.govsite.channel.internal;

import java.util.List;
import java.util.Optional;

import org.govsite.channel.ChannelDirectory;
import org.govsite.channel.ChannelKind;
import org.govsite.channel.ChannelNode;
import org.govsite.channel.ChannelView;
import org.govsite.channel.UpdateRule;
import org.govsite.platform.FieldCipher;
import org.govsite.platform.NotFound;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a site's channels as one tree: a site has a few hundred at most, and every view needs its
 * ancestors anyway (path, level, visibility and archive state).
 */
@Component
@Transactional(readOnly = true)
public class ChannelQueries implements ChannelDirectory {

	private final ChannelRepository channels;

	private final ChannelProperties properties;

	private final FieldCipher cipher;

	ChannelQueries(ChannelRepository channels, ChannelProperties properties, FieldCipher cipher) {
		this.channels = channels;
		this.properties = properties;
		this.cipher = cipher;
	}

	@Override
	public Optional<ChannelView> find(long channelId) {
		return channels.findSiteIdById(channelId).map(siteId -> {
			ChannelTree tree = treeOf(siteId);
			return views(tree).view(tree.get(channelId));
		});
	}

	@Override
	public Optional<Long> siteIdOf(long channelId) {
		return channels.findSiteIdById(channelId);
	}

	@Override
	public List<ChannelNode> tree(long siteId) {
		return views(treeOf(siteId)).nodes();
	}

	@Override
	public List<ChannelView> ofSite(long siteId) {
		return views(treeOf(siteId)).all();
	}

	@Override
	public List<ChannelView> ofKind(long siteId, ChannelKind kind) {
		return ofSite(siteId).stream().filter(view -> view.kind() == kind).toList();
	}

	@Override
	public List<ChannelView> path(long channelId) {
		return channels.findSiteIdById(channelId).map(siteId -> {
			ChannelTree tree = treeOf(siteId);
			return views(tree).path(tree.get(channelId));
		}).orElse(List.of());
	}

	/** The channel's view, or {@link NotFound}. */
	public ChannelView get(long channelId) {
		return find(channelId).orElseThrow(() -> new NotFound("channel", channelId));
	}

	/** The site of a channel, or {@link NotFound}. */
	public long siteOf(long channelId) {
		return channels.findSiteIdById(channelId).orElseThrow(() -> new NotFound("channel", channelId));
	}

	/** The rule a channel of the kind follows unless it sets its own. */
	public UpdateRule defaultRule(ChannelKind kind) {
		return properties.defaultRule(kind);
	}

	private ChannelTree treeOf(long siteId) {
		return ChannelTree.of(siteId, channels.findBySiteId(siteId));
	}

	private ChannelViews views(ChannelTree tree) {
		return new ChannelViews(tree, properties, cipher::decrypt);
	}
}
