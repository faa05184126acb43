package org.govsite.channel.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.govsite.channel.ChannelDetails;
import org.govsite.channel.ChannelRuleViolation;
import org.govsite.platform.NotFound;
import org.jspecify.annotations.Nullable;

/**
 * The channel tree of one site, with the rules about where a channel sits: a parent of the same
 * site that is open to new children, no channel under itself or its descendants, codes unique
 * among siblings, and sibling positions dense (1, 2, 3 …) with ties broken by id, so that the
 * order is the same on every read. Every change to a channel goes through the tree, which keeps
 * the channels it changed for saving ({@link #changes()}).
 */
public final class ChannelTree {

	private static final Comparator<Channel> SIBLING_ORDER = Comparator.comparingInt(Channel::position)
		.thenComparingLong(channel -> channel.isSaved() ? channel.id() : Long.MAX_VALUE);

	private final long siteId;

	private final List<Channel> channels;

	private final Map<Long, Channel> byId = new HashMap<>();

	private final Set<Channel> changes = new LinkedHashSet<>();

	private ChannelTree(long siteId, Collection<Channel> channels) {
		this.siteId = siteId;
		this.channels = new ArrayList<>(channels);
		for (Channel channel : this.channels) {
			if (channel.siteId() != siteId) {
				throw new IllegalArgumentException(channel + " is not a channel of site " + siteId);
			}
			byId.put(channel.id(), channel);
		}
	}

	/** The tree of a site made of all its saved channels. */
	public static ChannelTree of(long siteId, Collection<Channel> channels) {
		return new ChannelTree(siteId, channels);
	}

	public long siteId() {
		return siteId;
	}

	public boolean contains(long channelId) {
		return byId.containsKey(channelId);
	}

	public Channel get(long channelId) {
		Channel channel = byId.get(channelId);
		if (channel == null) {
			throw new NotFound("channel", channelId);
		}
		return channel;
	}

	/** The children of a channel, or the first-level channels for {@code null}, in order. */
	public List<Channel> children(@Nullable Long parentId) {
		return channels.stream()
			.filter(channel -> Objects.equals(channel.parentId(), parentId))
			.sorted(SIBLING_ORDER)
			.toList();
	}

	/** Every channel, parents before their children, siblings in order. */
	public List<Channel> inTreeOrder() {
		Map<@Nullable Long, List<Channel>> byParent = new HashMap<>();
		channels.stream().sorted(SIBLING_ORDER).forEach(
				channel -> byParent.computeIfAbsent(channel.parentId(), parent -> new ArrayList<>()).add(channel));
		List<Channel> ordered = new ArrayList<>(channels.size());
		ArrayList<Channel> stack = new ArrayList<>(byParent.getOrDefault(null, List.of()).reversed());
		while (!stack.isEmpty()) {
			Channel next = stack.removeLast();
			ordered.add(next);
			if (next.isSaved()) {
				stack.addAll(byParent.getOrDefault(next.id(), List.of()).reversed());
			}
		}
		return ordered;
	}

	/** The channels from the first level down to the given one, itself included. */
	public List<Channel> pathTo(Channel channel) {
		List<Channel> path = new ArrayList<>();
		for (Channel step = channel; step != null; step = step.parentId() == null ? null : get(step.parentId())) {
			if (path.size() > channels.size()) {
				throw new IllegalStateException("The parents of " + channel + " form a cycle");
			}
			path.addFirst(step);
		}
		return path;
	}

	/** 1 for a first-level channel, 2 for its children … */
	public int level(Channel channel) {
		return pathTo(channel).size();
	}

	/** Whether the channel or one of its ancestors is archived: then it takes no new content or children. */
	public boolean isClosed(Channel channel) {
		return pathTo(channel).stream().anyMatch(Channel::isArchived);
	}

	/** Whether the channel and all its ancestors are visible, so that it shows in navigation. */
	public boolean isShownInNavigation(Channel channel) {
		return pathTo(channel).stream().allMatch(Channel::isVisible);
	}

	/** Creates a channel under the parent (or at the first level), at the 1-based position or last. */
	public Channel add(ChannelDetails details, @Nullable Long parentId, @Nullable Integer position, Instant now) {
		Channel fresh = Channel.create(siteId, details, now);
		if (parentId != null) {
			requireOpen(get(parentId));
		}
		requireCodeFree(parentId, fresh.code(), fresh);
		channels.add(fresh);
		insert(fresh, parentId, position);
		return fresh;
	}

	/**
	 * Moves a channel under another parent of the site (or to the first level), at the 1-based
	 * position or last; with the same parent it only changes its place among its siblings.
	 *
	 * @return whether anything changed
	 */
	public boolean move(long channelId, @Nullable Long newParentId, @Nullable Integer position) {
		Channel channel = get(channelId);
		if (newParentId != null) {
			Channel parent = get(newParentId);
			if (pathTo(parent).contains(channel)) {
				throw new ChannelRuleViolation("channel.move.intoOwnBranch", channel.name(), parent.name());
			}
			requireOpen(parent);
		}
		Long oldParentId = channel.parentId();
		if (Objects.equals(oldParentId, newParentId)) {
			return insert(channel, newParentId, position);
		}
		requireCodeFree(newParentId, channel.code(), channel);
		insert(channel, newParentId, position);
		renumber(children(oldParentId), oldParentId);
		return true;
	}

	/** Puts the channel one place earlier among its siblings; nothing changes for the first. */
	public boolean moveUp(long channelId) {
		Channel channel = get(channelId);
		return insert(channel, channel.parentId(), Math.max(1, currentPlace(channel) - 1));
	}

	/** Puts the channel one place later among its siblings; nothing changes for the last. */
	public boolean moveDown(long channelId) {
		Channel channel = get(channelId);
		return insert(channel, channel.parentId(), currentPlace(channel) + 1);
	}

	/** Edits the channel's details, keeping its code unique among its siblings. */
	public Channel edit(long channelId, ChannelDetails details) {
		Channel channel = get(channelId);
		channel.edit(details);
		requireCodeFree(channel.parentId(), channel.code(), channel);
		return changed(channel);
	}

	public Channel hide(long channelId) {
		Channel channel = get(channelId);
		channel.hide();
		return changed(channel);
	}

	public Channel show(long channelId) {
		Channel channel = get(channelId);
		channel.show();
		return changed(channel);
	}

	/** Archives the channel; its descendants keep their own state but take nothing new while it is archived. */
	public Channel archive(long channelId, LocalDate today) {
		Channel channel = get(channelId);
		channel.archive(today);
		return changed(channel);
	}

	/** Reopens an archived channel whose ancestors are all open. */
	public Channel restore(long channelId) {
		Channel channel = get(channelId);
		if (channel.parentId() != null && isClosed(get(channel.parentId()))) {
			throw new ChannelRuleViolation("channel.restore.parentArchived", channel.name());
		}
		channel.restore();
		return changed(channel);
	}

	/** The channels changed since the tree was read or last saved, new ones included. */
	public Collection<Channel> changes() {
		return List.copyOf(changes);
	}

	/** Tells the tree its changes are saved: new channels now have ids, by which they can be found. */
	public void saved() {
		for (Channel channel : changes) {
			byId.putIfAbsent(channel.id(), channel);
		}
		changes.clear();
	}

	private int currentPlace(Channel channel) {
		return children(channel.parentId()).indexOf(channel) + 1;
	}

	private void requireOpen(Channel parent) {
		if (isClosed(parent)) {
			throw new ChannelRuleViolation("channel.parent.archived", parent.name());
		}
	}

	private void requireCodeFree(@Nullable Long parentId, String code, Channel except) {
		boolean taken = children(parentId).stream()
			.anyMatch(sibling -> sibling != except && sibling.code().equals(code));
		if (taken) {
			throw new ChannelRuleViolation("channel.code.taken", code);
		}
	}

	private Channel changed(Channel channel) {
		changes.add(channel);
		return channel;
	}

	/** Puts the channel at the 1-based position among the parent's children (last if null or beyond). */
	private boolean insert(Channel channel, @Nullable Long parentId, @Nullable Integer position) {
		List<Channel> siblings = new ArrayList<>(
				children(parentId).stream().filter(sibling -> sibling != channel).toList());
		int index = position == null ? siblings.size() : Math.clamp(position - 1L, 0, siblings.size());
		siblings.add(index, channel);
		return renumber(siblings, parentId);
	}

	private boolean renumber(List<Channel> siblings, @Nullable Long parentId) {
		boolean any = false;
		for (int i = 0; i < siblings.size(); i++) {
			Channel sibling = siblings.get(i);
			if (sibling.position() != i + 1 || !Objects.equals(sibling.parentId(), parentId) || !sibling.isSaved()) {
				sibling.placeAt(parentId, i + 1);
				changed(sibling);
				any = true;
			}
		}
		return any;
	}
}
