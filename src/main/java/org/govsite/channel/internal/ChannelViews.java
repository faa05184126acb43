package org.govsite.channel.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.govsite.channel.ChannelNode;
import org.govsite.channel.ChannelView;
import org.govsite.channel.UpdateRule;
import org.jspecify.annotations.Nullable;

/** Turns a site's tree into views, computing what each channel's place implies. */
final class ChannelViews {

	private final ChannelTree tree;

	private final ChannelProperties properties;

	/** Turns the stored, encrypted phone back into the number. */
	private final UnaryOperator<String> revealPhone;

	ChannelViews(ChannelTree tree, ChannelProperties properties, UnaryOperator<String> revealPhone) {
		this.tree = tree;
		this.properties = properties;
		this.revealPhone = revealPhone;
	}

	/** Every channel of the tree in tree order. */
	List<ChannelView> all() {
		Map<Long, ChannelView> views = new HashMap<>();
		List<ChannelView> ordered = new ArrayList<>();
		for (Channel channel : tree.inTreeOrder()) {
			ChannelView parent = channel.parentId() == null ? null : views.get(channel.parentId());
			ChannelView view = view(channel, parent);
			views.put(view.id(), view);
			ordered.add(view);
		}
		return ordered;
	}

	/** The first-level channels, each with its children. */
	List<ChannelNode> nodes() {
		List<ChannelView> all = all();
		Map<Long, List<ChannelView>> byParent = all.stream()
			.filter(view -> view.parentId() != null)
			.collect(Collectors.groupingBy(ChannelView::parentId, Collectors.toList()));
		return all.stream().filter(ChannelView::firstLevel).map(view -> node(view, byParent)).toList();
	}

	/** The channels from the first level down to the given one. */
	List<ChannelView> path(Channel channel) {
		List<ChannelView> path = new ArrayList<>();
		ChannelView parent = null;
		for (Channel step : tree.pathTo(channel)) {
			parent = view(step, parent);
			path.add(parent);
		}
		return path;
	}

	ChannelView view(Channel channel) {
		return path(channel).getLast();
	}

	private static ChannelNode node(ChannelView view, Map<Long, List<ChannelView>> byParent) {
		List<ChannelNode> children = byParent.getOrDefault(view.id(), List.of())
			.stream()
			.map(child -> node(child, byParent))
			.toList();
		return new ChannelNode(view, children);
	}

	private @Nullable String phone(Channel channel) {
		String stored = channel.responsiblePhone();
		return stored == null ? null : revealPhone.apply(stored);
	}

	/** The view of a channel whose parent's view is known ({@code null} at the first level). */
	private ChannelView view(Channel channel, @Nullable ChannelView parent) {
		UpdateRule own = channel.ownUpdateRule();
		return new ChannelView(channel.id(), channel.siteId(), channel.parentId(), channel.name(), channel.code(),
				parent == null ? channel.code() : parent.path() + "/" + channel.code(),
				parent == null ? 1 : parent.level() + 1, channel.position(), channel.kind(),
				own != null ? own : properties.defaultRule(channel.kind()), own != null, channel.responsibleUnit(),
				channel.responsiblePerson(), phone(channel), channel.description(), channel.keywords(),
				channel.isVisible(), channel.isVisible() && (parent == null || parent.shownInNavigation()),
				channel.archivedOn(), !channel.isArchived() && (parent == null || parent.acceptsContent()),
				channel.createdAt());
	}
}
