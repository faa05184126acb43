package org.govsite.publish.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.govsite.channel.ChannelView;
import org.jspecify.annotations.Nullable;

/**
 * Which pages of a site a change of documents and channel lists affects: the documents' own pages,
 * every page that shows them (lists, blocks, links from other documents, the feed), the list pages
 * of their channels whose content moved, the newest pages of those channels' ancestors (their
 * blocks), the home page, the site map, the feed and the sitemap. A page in the plan may come out
 * unchanged, in which case it is not written again: the plan errs on the side of rendering, never
 * of missing a page.
 */
public final class AffectedPages {

	private AffectedPages() {
	}

	/** What the plan needs to know of the published pages and the lists as they are now. */
	public interface Facts {

		/** The pages that show the document (list lines, blocks, links), as published. */
		Set<String> pagesShowing(long documentId);

		/** The channel's entry count when its lists were last published; null if never. */
		@Nullable Integer listedBefore(long channelId);

		/** How the channel's entries are paged now. */
		ListLayout layoutNow(long channelId);

		/** Whether the channel's list page {@code number} shows the document now. */
		boolean pageShows(long channelId, int number, long documentId, ListLayout now);

		/** Whether the document is one of the channel's entries now. */
		boolean listedNow(long channelId, long documentId);
	}

	/**
	 * The plan: documents' pages first (the other pages link to them and the sitemap lists them),
	 * then the rest.
	 */
	public record Plan(Set<Target> documents, Set<Target> pages) {
	}

	public static Plan plan(SiteContext site, Set<Long> documents, Set<Long> channels, Facts facts) {
		Set<Target> documentPages = new LinkedHashSet<>();
		Set<Target> pages = new LinkedHashSet<>();
		for (long documentId : documents) {
			documentPages.add(new Target.DocumentPage(documentId));
			pages.add(new Target.SitemapChunk(documentId / PageAddresses.SITEMAP_CHUNK));
			for (String path : facts.pagesShowing(documentId)) {
				Optional<Target> showing = Target.of(path, site);
				// a list of a changed channel is planned below, page by page
				if (showing.isPresent() && !(showing.get() instanceof Target.ChannelPage page
						&& channels.contains(page.channelId()))) {
					addTarget(showing.get(), documentPages, pages);
				}
			}
		}
		var known = site.channels();
		for (long channelId : channels) {
			ChannelView channel = known.get(channelId);
			if (channel == null) {
				continue;
			}
			pages.addAll(listPages(channelId, documents, facts, site));
			List<ChannelView> path = site.pathTo(channelId);
			for (ChannelView ancestor : path.subList(0, Math.max(0, path.size() - 1))) {
				pages.add(new Target.ChannelPage(ancestor.id(), 0));
			}
		}
		if (!documents.isEmpty() || !channels.isEmpty()) {
			pages.add(new Target.Home());
			pages.add(new Target.Rss());
			pages.add(new Target.SiteMap());
			pages.add(new Target.SitemapIndex());
		}
		return new Plan(documentPages, pages);
	}

	private static void addTarget(Target target, Set<Target> documentPages, Set<Target> pages) {
		if (target instanceof Target.DocumentPage) {
			documentPages.add(target);
		}
		else {
			pages.add(target);
		}
	}

	/**
	 * The list pages of a channel that a change of these documents moves. Numbered pages count from
	 * the oldest entry (see {@link ListLayout}), so a document that is (or was) on the newest page
	 * changes only that page, plus the one numbered page that appears or goes when the count crosses
	 * a page boundary, and the page next to it, whose link to newer entries changes. A document that
	 * stays on the numbered page that showed it changes only that page. Anything else (a document
	 * moved in the order or taken from the middle) re-renders every page of the channel.
	 */
	static Set<Target> listPages(long channelId, Set<Long> documents, Facts facts, SiteContext site) {
		ListLayout now = facts.layoutNow(channelId);
		Integer before = facts.listedBefore(channelId);
		Set<Target> pages = new LinkedHashSet<>();
		if (before == null) {
			return all(channelId, now.numbered());
		}
		ListLayout previous = new ListLayout(before, now.pageSize());
		Set<Integer> showedOn = new LinkedHashSet<>();
		for (long documentId : documents) {
			for (String path : facts.pagesShowing(documentId)) {
				Target.of(path, site).ifPresent(target -> {
					if (target instanceof Target.ChannelPage page && page.channelId() == channelId) {
						showedOn.add(page.number());
					}
				});
			}
		}
		boolean newestOnly = true;
		for (long documentId : documents) {
			boolean onNewest = facts.pageShows(channelId, 0, documentId, now);
			boolean stayedOnItsPage = showedOn.size() == 1 && showedOn.iterator().next() > 0
					&& previous.total() == now.total()
					&& facts.pageShows(channelId, showedOn.iterator().next(), documentId, now);
			if (stayedOnItsPage && documents.size() == 1) {
				pages.add(new Target.ChannelPage(channelId, showedOn.iterator().next()));
				return pages;
			}
			boolean wasNewestOrAbsent = showedOn.isEmpty() || showedOn.equals(Set.of(0));
			boolean listedNow = onNewest || facts.listedNow(channelId, documentId);
			if (!wasNewestOrAbsent || (!onNewest && listedNow)) {
				newestOnly = false;
			}
		}
		if (!newestOnly || Math.abs(now.numbered() - previous.numbered()) > 1) {
			return all(channelId, Math.max(now.numbered(), previous.numbered()));
		}
		pages.add(new Target.ChannelPage(channelId, 0));
		int low = Math.min(now.numbered(), previous.numbered());
		int high = Math.max(now.numbered(), previous.numbered());
		if (high != low) {
			pages.add(new Target.ChannelPage(channelId, high));
			if (low >= 1) {
				pages.add(new Target.ChannelPage(channelId, low));
			}
		}
		return pages;
	}

	private static Set<Target> all(long channelId, int numbered) {
		Set<Target> pages = new LinkedHashSet<>();
		for (int number = 0; number <= numbered; number++) {
			pages.add(new Target.ChannelPage(channelId, number));
		}
		return pages;
	}

	static List<Target> targetsOf(Plan plan) {
		List<Target> all = new java.util.ArrayList<>(plan.documents());
		all.addAll(plan.pages());
		return all;
	}
}
