package org.govsite.publish.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.govsite.channel.ChannelKind;
import org.govsite.channel.ChannelNode;
import org.govsite.channel.ChannelView;
import org.govsite.publish.HomeBlock;
import org.govsite.publish.HomeBlockKind;
import org.govsite.site.SiteKind;

/**
 * The home page a site gets until its manager composes its own: for a portal, the notices, the
 * headline and the picture news of its news channel, its main channels as tabs, the entries of its
 * 政务公开, 办事服务 and 互动交流 channels (with its mailboxes), its special topics' banners, the rest
 * as cards and the 站群导航; for a department, the same without the carousel, its channels as cards.
 */
final class HomeDefaults {

	/** How many channels a tabbed block holds at most. */
	static final int TABS = 4;

	/** Channels shown by blocks of their own rather than as lists of items. */
	private static final Set<ChannelKind> OWN_BLOCKS = EnumSet.of(ChannelKind.SERVICE, ChannelKind.INTERACTION,
			ChannelKind.TOPIC);

	private HomeDefaults() {
	}

	static List<HomeBlock> of(SiteKind kind, List<ChannelNode> tree, int homeChannels) {
		List<ChannelView> shown = new ArrayList<>();
		for (ChannelNode node : tree) {
			if (node.channel().shownInNavigation() && !OWN_BLOCKS.contains(node.channel().kind())
					&& shown.size() < homeChannels) {
				shown.add(node.channel());
			}
		}
		Optional<ChannelView> news = find(tree, ChannelKind.NEWS);
		List<HomeBlock> blocks = new ArrayList<>();
		blocks.add(HomeBlock.of(HomeBlockKind.NOTICES));
		news.ifPresent(channel -> blocks.add(HomeBlock.of(HomeBlockKind.HEADLINE, channel.id())));
		List<HomeBlock> lists = new ArrayList<>();
		if (kind == SiteKind.PORTAL) {
			news.ifPresent(channel -> blocks.add(HomeBlock.of(HomeBlockKind.PICTURES, channel.id())));
			List<Long> tabs = shown.stream().limit(TABS).map(ChannelView::id).toList();
			List<Long> rest = shown.stream().skip(TABS).map(ChannelView::id).toList();
			if (!tabs.isEmpty()) {
				blocks.add(new HomeBlock(HomeBlockKind.TABS, tabs));
			}
			if (!rest.isEmpty()) {
				lists.add(new HomeBlock(HomeBlockKind.LISTS, rest));
			}
		}
		else if (!shown.isEmpty()) {
			blocks.add(new HomeBlock(HomeBlockKind.LISTS, shown.stream().map(ChannelView::id).toList()));
		}
		find(tree, ChannelKind.DISCLOSURE).ifPresent(channel -> blocks.add(HomeBlock.of(HomeBlockKind.DISCLOSURE, channel.id())));
		find(tree, ChannelKind.SERVICE).ifPresent(channel -> blocks.add(HomeBlock.of(HomeBlockKind.SERVICES, channel.id())));
		// the site's mailboxes, with its interaction channel's entries if it has one
		blocks.add(find(tree, ChannelKind.INTERACTION).map(channel -> HomeBlock.of(HomeBlockKind.INTERACTION, channel.id()))
			.orElse(HomeBlock.of(HomeBlockKind.INTERACTION)));
		find(tree, ChannelKind.TOPIC).ifPresent(channel -> blocks.add(HomeBlock.of(HomeBlockKind.TOPICS, channel.id())));
		blocks.addAll(lists);
		blocks.add(HomeBlock.of(HomeBlockKind.SITE_GROUP));
		return blocks;
	}

	/** The first visible channel of a kind in the tree, by level then position. */
	private static Optional<ChannelView> find(List<ChannelNode> tree, ChannelKind kind) {
		List<ChannelNode> level = tree;
		while (!level.isEmpty()) {
			List<ChannelNode> next = new ArrayList<>();
			for (ChannelNode node : level) {
				if (node.channel().kind() == kind && node.channel().visible()) {
					return Optional.of(node.channel());
				}
				next.addAll(node.children());
			}
			level = next;
		}
		return Optional.empty();
	}
}
