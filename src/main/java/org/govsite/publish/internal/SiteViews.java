package org.govsite.publish.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govsite.channel.ChannelNode;
import org.govsite.channel.ChannelView;
import org.govsite.publish.internal.Views.Link;
import org.govsite.publish.internal.Views.Meta;
import org.govsite.site.SiteKind;
import org.govsite.site.SitePageFacts;
import org.jspecify.annotations.Nullable;

/**
 * The parts of the view model that every page of a site, or of a channel, shares: the header and
 * footer facts, the site's meta tags, the navigation and the theme's files as seen from a depth,
 * a channel's breadcrumbs and meta tags. Built once per publish run (a {@link PageBuilder} lives as
 * long as its run) when first asked for, rather than for each of thousands of pages; all of it
 * immutable, so the render threads share it. A channel is looked up by its id: within one run the
 * channel tree, and so each channel's name and path, does not change.
 */
final class SiteViews {

	private static final Pattern DIGITS = Pattern.compile("\\d+");

	private final SiteContext site;

	private final Views.SiteHeader header;

	private final List<Meta> siteMeta;

	private final Map<String, List<Link>> navigation = new ConcurrentHashMap<>();

	private final Map<String, Views.Assets> assets = new ConcurrentHashMap<>();

	private final Map<String, List<Link>> crumbs = new ConcurrentHashMap<>();

	private final Map<Long, List<Meta>> columnMeta = new ConcurrentHashMap<>();

	private final Map<Long, List<ChannelView>> firstLevel = new ConcurrentHashMap<>();

	SiteViews(SiteContext site) {
		this.site = site;
		this.header = header(site);
		SitePageFacts facts = site.site();
		this.siteMeta = List.of(new Meta("SiteName", facts.name()),
				new Meta("SiteDomain", facts.englishDomain() == null ? "" : facts.englishDomain()),
				new Meta("SiteIDCode", facts.siteCode() == null ? "" : facts.siteCode()));
	}

	/** The site in the header and footer. */
	Views.SiteHeader header() {
		return header;
	}

	/** The site's own meta tags (SiteName, SiteDomain, SiteIDCode), which head every page's. */
	List<Meta> siteMeta() {
		return siteMeta;
	}

	/**
	 * The main navigation from a page {@code links} leads from: the home page, then each first-level
	 * channel shown in navigation; {@code current} is the first-level channel the page is under
	 * (null for none), {@code home} whether the page is the home page.
	 */
	List<Link> navigation(Links links, @Nullable ChannelView current, boolean home) {
		long currentId = current == null ? -1 : current.id();
		return navigation.computeIfAbsent(links.root() + '|' + currentId + '|' + home, key -> {
			List<Link> all = new ArrayList<>();
			all.add(new Link(PageText.text("page.home"), links.home(), home));
			for (ChannelNode node : site.tree()) {
				ChannelView first = node.channel();
				if (first.shownInNavigation()) {
					all.add(new Link(first.name(), channelHref(first, links), first.id() == currentId));
				}
			}
			return List.copyOf(all);
		});
	}

	/** The theme's files as links from a page at the depth {@code links} leads from. */
	Views.Assets assets(Links links) {
		return assets.computeIfAbsent(links.root(), root -> {
			AssetNames names = site.assets();
			return new Views.Assets(links.to(names.css()), links.to(names.js()), links.to(names.emblem()),
					links.to(names.badge()), links.to(names.report()), links.to(names.icon()),
					names.palette() == null ? null : links.to(names.palette()));
		});
	}

	/**
	 * 首页, then the channels from the first level down to this one; the last a link only if
	 * {@code lastIsLink} (a document's page adds its own last crumb).
	 */
	List<Link> crumbs(ChannelView channel, Links links, boolean lastIsLink) {
		return crumbs.computeIfAbsent(links.root() + '|' + channel.id() + '|' + lastIsLink, key -> {
			List<Link> all = new ArrayList<>();
			all.add(Link.to(PageText.text("page.home"), links.home()));
			List<ChannelView> trail = site.pathTo(channel.id());
			for (int i = 0; i < trail.size(); i++) {
				boolean last = i == trail.size() - 1;
				all.add(last && !lastIsLink ? new Link(trail.get(i).name(), "", true)
						: Link.to(trail.get(i).name(), channelHref(trail.get(i), links)));
			}
			return List.copyOf(all);
		});
	}

	/** A channel's meta tags ({@link PageMeta#column}). */
	List<Meta> columnMeta(ChannelView channel) {
		return columnMeta.computeIfAbsent(channel.id(), id -> PageMeta.column(site, channel));
	}

	/** The first-level channel a channel is under (itself at the first level), or null if not of this site. */
	@Nullable ChannelView firstLevel(@Nullable ChannelView channel) {
		if (channel == null) {
			return null;
		}
		// an empty list: the channel is not in this site's tree
		List<ChannelView> first = firstLevel.computeIfAbsent(channel.id(), id -> {
			List<ChannelView> trail = site.pathTo(id);
			return trail.isEmpty() ? List.of() : List.of(trail.get(0));
		});
		return first.isEmpty() ? null : first.get(0);
	}

	static String channelHref(ChannelView channel, Links links) {
		return links.to(PageAddresses.channelFolder(channel.path()));
	}

	private static Views.SiteHeader header(SiteContext site) {
		SitePageFacts facts = site.site();
		SitePageFacts portal = site.portal();
		Link portalLink = facts.kind() == SiteKind.DEPARTMENT && portal != null && site.portalUrl() != null
				? Link.to(portal.name(), site.portalUrl()) : null;
		String security = facts.publicSecurityNumber();
		String securityHref = null;
		if (security != null) {
			Matcher digits = DIGITS.matcher(security);
			if (digits.find()) {
				securityHref = "https://beian.mps.gov.cn/#/query/webSearch?code=" + digits.group();
			}
		}
		return new Views.SiteHeader(facts.name(), facts.siteCode() == null ? "" : facts.siteCode(),
				facts.englishDomain(), facts.chineseDomain(), facts.kind() == SiteKind.DEPARTMENT, portalLink,
				facts.sponsor(), facts.operator(), facts.address(), facts.contactPhone(), facts.contactEmail(),
				facts.icpNumber(), security, securityHref, facts.badgeNumber(),
				PageText.text("page.copyright", site.now().atZone(site.zone()).getYear(), facts.sponsor()));
	}
}
