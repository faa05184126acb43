package org.govsite.publish;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.govsite.channel.ChannelDirectory;
import org.govsite.channel.ChannelNode;
import org.govsite.identity.StaffAccess;
import org.govsite.platform.RuleViolation;
import org.govsite.publish.internal.HomeBlockStore;
import org.govsite.publish.internal.JobStore;
import org.govsite.publish.internal.PageText;
import org.govsite.publish.internal.SitePaletteStore;
import org.govsite.publish.internal.SitePublisher;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 首页版式: a site manager chooses the blocks of the site's home page, in order (头条, 图片新闻,
 * tabbed or side-by-side channel lists, 政务公开, 办事服务, 互动交流, 专题, 站群导航, notices); until
 * then the site has the defaults
 * for its kind; and the site's palette (red or blue). Saving queues a full publish, so the change
 * goes live with the next run.
 */
@Service
public class HomeComposition {

	/** More blocks than this make a home page nobody scrolls through. */
	static final int MOST_BLOCKS = 12;

	private final HomeBlockStore store;

	private final SitePublisher publisher;

	private final ChannelDirectory channels;

	private final JobStore jobs;

	private final StaffAccess access;

	private final Clock clock;

	private final SitePaletteStore palettes;

	HomeComposition(HomeBlockStore store, SitePublisher publisher, ChannelDirectory channels, JobStore jobs,
			StaffAccess access, Clock clock, SitePaletteStore palettes) {
		this.store = store;
		this.palettes = palettes;
		this.publisher = publisher;
		this.channels = channels;
		this.jobs = jobs;
		this.access = access;
		this.clock = clock;
	}

	/** The home page's blocks as they are published: the manager's, or the defaults. */
	@PreAuthorize("@staffAccess.managesSite(#siteId)")
	@Transactional(readOnly = true)
	public List<HomeBlock> blocks(long siteId) {
		return publisher.homeBlocks(publisher.context(siteId));
	}

	/** The channels a block may show, in tree order. */
	@PreAuthorize("@staffAccess.managesSite(#siteId)")
	@Transactional(readOnly = true)
	public List<HomeChannel> channels(long siteId) {
		List<HomeChannel> all = new ArrayList<>();
		collect(channels.tree(siteId), all);
		return all;
	}

	/**
	 * Sets the home page's blocks, in order, and queues a full publish; an empty list goes back to
	 * the defaults. Refuses a block without the channels it needs, or with another site's channel.
	 */
	@PreAuthorize("@staffAccess.managesSite(#siteId)")
	@Transactional
	public void compose(long siteId, List<HomeBlock> blocks) {
		if (blocks.size() > MOST_BLOCKS) {
			throw new RuleViolation("publish.home.refused.tooMany", MOST_BLOCKS);
		}
		Set<Long> own = new java.util.HashSet<>();
		channels(siteId).forEach(channel -> own.add(channel.id()));
		for (int i = 0; i < blocks.size(); i++) {
			HomeBlock block = blocks.get(i);
			if (block.kind().showsChannels() && block.channelIds().isEmpty()) {
				throw new RuleViolation("publish.home.refused.noChannel", i + 1);
			}
			if (!own.containsAll(block.channelIds())) {
				throw new RuleViolation("publish.home.refused.foreignChannel", i + 1);
			}
		}
		store.replace(siteId, blocks.stream()
			.map(block -> block.kind().takesChannels() ? block : new HomeBlock(block.kind(), List.of()))
			.toList());
		republish(siteId, "page.reason.home");
	}

	/** The site's palette: the theme's red unless its manager chose another. */
	@PreAuthorize("@staffAccess.managesSite(#siteId)")
	@Transactional(readOnly = true)
	public Palette palette(long siteId) {
		return palettes.of(siteId);
	}

	/** Dresses the site in a palette (same templates, other design tokens) and queues a full publish. */
	@PreAuthorize("@staffAccess.managesSite(#siteId)")
	@Transactional
	public void choosePalette(long siteId, Palette palette) {
		palettes.set(siteId, palette);
		republish(siteId, "page.reason.palette");
	}

	private void republish(long siteId, String reason) {
		jobs.enqueue(siteId, JobKind.FULL, Set.of(), Set.of(), PageText.text(reason), access.currentUsername(), clock.instant());
	}

	private static void collect(List<ChannelNode> nodes, List<HomeChannel> into) {
		for (ChannelNode node : nodes) {
			if (node.channel().visible()) {
				into.add(new HomeChannel(node.channel().id(), node.channel().name(), node.channel().level()));
				collect(node.children(), into);
			}
		}
	}
}
