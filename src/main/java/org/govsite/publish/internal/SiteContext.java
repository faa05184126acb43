package org.govsite.publish.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsite.channel.ChannelNode;
import org.govsite.channel.ChannelView;
import org.govsite.site.NoticeView;
import org.govsite.site.SitePageFacts;
import org.jspecify.annotations.Nullable;

/**
 * A site as one publish run sees it: its facts, its portal, its channel tree and the day. Read once
 * per run; every page of the run is rendered from it.
 *
 * @param site the site's facts for header, footer and meta tags
 * @param portal the portal of a department site (its logo leads there), else null
 * @param baseUrl the site's address with a final slash, e.g. {@code https://www.example.gov.cn/}
 * @param portalUrl the portal's address, else null
 * @param tree the channel tree
 * @param lastUpdate when the site's content last changed
 * @param notices the notices standing on the site
 * @param now the time of the run (which placements have expired)
 * @param zone the platform's zone, in which the pages show days and times
 * @param assets the theme's files with their hashed names
 */
public record SiteContext(SitePageFacts site, @Nullable SitePageFacts portal, String baseUrl,
		@Nullable String portalUrl, List<ChannelNode> tree, @Nullable Instant lastUpdate, List<NoticeView> notices,
		Instant now, ZoneId zone, AssetNames assets) {

	/** The same site with other theme files. */
	public SiteContext withAssets(AssetNames other) {
		return new SiteContext(site, portal, baseUrl, portalUrl, tree, lastUpdate, notices, now, zone, other);
	}

	/** Every channel by id, in tree order. */
	public Map<Long, ChannelView> channels() {
		Map<Long, ChannelView> all = new LinkedHashMap<>();
		collect(tree, all);
		return all;
	}

	private static void collect(List<ChannelNode> nodes, Map<Long, ChannelView> into) {
		for (ChannelNode node : nodes) {
			into.put(node.channel().id(), node.channel());
			collect(node.children(), into);
		}
	}

	public @Nullable ChannelNode node(long channelId) {
		return find(tree, channelId);
	}

	private static @Nullable ChannelNode find(List<ChannelNode> nodes, long channelId) {
		for (ChannelNode node : nodes) {
			if (node.channel().id() == channelId) {
				return node;
			}
			ChannelNode below = find(node.children(), channelId);
			if (below != null) {
				return below;
			}
		}
		return null;
	}

	/** The channels from the first level down to this one, itself last; empty if not of this site. */
	public List<ChannelView> pathTo(long channelId) {
		List<ChannelView> path = new ArrayList<>();
		return trail(tree, channelId, path) ? path : List.of();
	}

	private static boolean trail(List<ChannelNode> nodes, long channelId, List<ChannelView> path) {
		for (ChannelNode node : nodes) {
			path.add(node.channel());
			if (node.channel().id() == channelId || trail(node.children(), channelId, path)) {
				return true;
			}
			path.remove(path.size() - 1);
		}
		return false;
	}

	/** The channel and every channel below it. */
	public List<Long> subtree(long channelId) {
		ChannelNode node = node(channelId);
		List<Long> ids = new ArrayList<>();
		if (node != null) {
			Map<Long, ChannelView> below = new LinkedHashMap<>();
			collect(List.of(node), below);
			ids.addAll(below.keySet());
		}
		return ids;
	}

	/** The day the site's pages call their 更新日期 when nothing more precise is known. */
	public LocalDate lastUpdateDay() {
		return (lastUpdate == null ? now : lastUpdate).atZone(zone).toLocalDate();
	}

	/** The site's folder name: its 标识码, or its id while it has none. */
	public String folder() {
		return folder(site.id(), site.siteCode());
	}

	/** The folder name of the site with that id and 标识码. */
	public static String folder(long siteId, @Nullable String siteCode) {
		return siteCode == null ? "site-" + siteId : siteCode;
	}

	/** The absolute address of a page of the site. */
	public String url(String path) {
		return baseUrl + PageAddresses.linkPath(path);
	}
}
