package org.govsite.publish.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.govsite.channel.ChannelKind;
import org.govsite.channel.ChannelNode;
import org.govsite.channel.ChannelView;
import org.govsite.publish.HomeBlock;
import org.govsite.publish.HomeBlockKind;
import org.govsite.site.SiteKind;

/**
 * The home page a site gets until its manager composes its own: for a portal, the notices, the
 * headline and the picture news of its news channel, its main channels as tabs, the rest as cards
 * and the 站群导航; for a department, the same without the carousel, its channels as cards.
 */
final class HomeDefaults {

	/** How many channels a tabbed block holds at most. */
	static final int TABS = 4;

	private HomeDefaults() {
	}

	static List<HomeBlock> of(SiteKind kind, List<ChannelNode> tree, int homeChannels) {
		List<ChannelView> shown = new ArrayList<>();
		for (ChannelNode node : tree) {
			if (node.channel().shownInNavigation() && shown.size() < homeChannels) {
				shown.add(node.channel());
			}
		}
		Optional<ChannelView> news = findNews(tree);
		List<HomeBlock> blocks = new ArrayList<>();
		blocks.add(HomeBlock.of(HomeBlockKind.NOTICES));
		news.ifPresent(channel -> blocks.add(HomeBlock.of(HomeBlockKind.HEADLINE, channel.id())));
		if (kind == SiteKind.PORTAL) {
			news.ifPresent(channel -> blocks.add(HomeBlock.of(HomeBlockKind.PICTURES, channel.id())));
			List<Long> tabs = shown.stream().limit(TABS).map(ChannelView::id).toList();
			List<Long> rest = shown.stream().skip(TABS).map(ChannelView::id).toList();
			if (!tabs.isEmpty()) {
				blocks.add(new HomeBlock(HomeBlockKind.TABS, tabs));
			}
			if (!rest.isEmpty()) {
				blocks.add(new HomeBlock(HomeBlockKind.LISTS, rest));
			}
		}
		else if (!shown.isEmpty()) {
			blocks.add(new HomeBlock(HomeBlockKind.LISTS, shown.stream().map(ChannelView::id).toList()));
		}
		blocks.add(HomeBlock.of(HomeBlockKind.SITE_GROUP));
		return blocks;
	}

	/** The first news channel (动态/要闻) of the tree, by level then position. */
	private static Optional<ChannelView> findNews(List<ChannelNode> tree) {
		List<ChannelNode> level = tree;
		while (!level.isEmpty()) {
			List<ChannelNode> next = new ArrayList<>();
			for (ChannelNode node : level) {
				if (node.channel().kind() == ChannelKind.NEWS && node.channel().visible()) {
					return Optional.of(node.channel());
				}
				next.addAll(node.children());
			}
			level = next;
		}
		return Optional.empty();
	}
}
