package org.govsite.content;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.govsite.channel.ChannelDirectory;
import org.govsite.content.internal.ReprintStore;
import org.govsite.content.internal.ReprintWatch;
import org.govsite.identity.StaffAccess;
import org.govsite.identity.StaffRole;
import org.govsite.platform.FetchGuard;
import org.govsite.platform.NotFound;
import org.govsite.platform.RuleViolation;
import org.govsite.site.SiteDirectory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 转载时限 (SPEC.md §3, Shenzhen §20): important policy published by the central, provincial and
 * city portals is reprinted within 12 hours (calendar hours; {@code govsite.content.reprint.within}).
 * A site's manager names the upper-level feeds or sitemaps to watch; each new policy found there
 * waits on the 工作台 of the site's editors with its deadline, is imported in one click as a reprint
 * (转载) naming its source, and counts as reprinted when that reprint goes live. The report says
 * what was reprinted on time, late, or not at all.
 */
@Service
@Transactional
public class ReprintClock {

	private final ReprintStore store;

	private final ReprintWatch watch;

	private final FetchGuard guard;

	private final ChannelDirectory channels;

	private final DocumentLibrary library;

	private final Placements placements;

	private final StaffAccess staff;

	private final Clock clock;

	private final SiteDirectory sites;

	ReprintClock(ReprintStore store, ReprintWatch watch, FetchGuard guard, ChannelDirectory channels,
			DocumentLibrary library, Placements placements, StaffAccess staff, Clock clock, SiteDirectory sites) {
		this.sites = sites;
		this.store = store;
		this.watch = watch;
		this.guard = guard;
		this.channels = channels;
		this.library = library;
		this.placements = placements;
		this.staff = staff;
		this.clock = clock;
	}

	@PreAuthorize("@staffAccess.managesSite(#siteId)")
	@Transactional(readOnly = true)
	public List<ReprintFeedView> feeds(long siteId) {
		sites.find(siteId).orElseThrow(() -> new NotFound("site", siteId));
		return store.feeds(siteId);
	}

	/**
	 * Watches a feed for the site; reprints are placed in the given channel of the site.
	 *
	 * @throws RuleViolation {@code platform.fetch.*} when the address may not be fetched
	 */
	@PreAuthorize("@staffAccess.managesSite(#siteId)")
	public long watch(long siteId, String name, String url, long channelId) {
		if (name.isBlank()) {
			throw new ContentRuleViolation("content.reprint.nameRequired");
		}
		String address = guard.check(url).toString();
		if (channels.find(channelId).filter(channel -> channel.siteId() == siteId).isEmpty()) {
			throw new ContentRuleViolation("content.reprint.channelNotOfSite");
		}
		if (store.feedTaken(siteId, address)) {
			throw new ContentRuleViolation("content.reprint.feedTaken");
		}
		return store.addFeed(siteId, name.strip(), address, channelId, String.valueOf(staff.currentUsername()),
				clock.instant());
	}

	@PreAuthorize("@staffAccess.managesSite(#siteId)")
	public void unwatch(long siteId, long feedId) {
		if (!store.removeFeed(siteId, feedId)) {
			throw new NotFound("reprintFeed", feedId);
		}
	}

	/** Reads one feed now, as the recurring job does; answers how many new policies it held. */
	@PreAuthorize("@staffAccess.managesSite(#siteId)")
	public int checkNow(long siteId, long feedId) {
		return watch.check(store.feed(feedId).filter(feed -> feed.siteId() == siteId)
			.orElseThrow(() -> new NotFound("reprintFeed", feedId)));
	}

	/** What the recurring job runs: every feed of every site. */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	public void checkAll() {
		watch.checkAll();
	}

	/** The policies waiting for a reprint on the sites the signed-in user edits. */
	@PreAuthorize("hasAuthority('STAFF')")
	@Transactional(readOnly = true)
	public List<ReprintItemView> waitingForMe() {
		Set<Long> sites = staff.sitesWith(StaffRole.EDITOR);
		return store.open(sites);
	}

	/**
	 * Imports the policy as a draft reprint in the feed's channel: its title, the text of its page
	 * where the page can be read, its source and address. The editor then sends it through review.
	 *
	 * @return the new document
	 */
	@PreAuthorize("hasAuthority('STAFF')")
	public long importItem(long itemId) {
		ReprintItemView item = store.item(itemId).orElseThrow(() -> new NotFound("reprintItem", itemId));
		long channelId = store.channelOf(itemId);
		if (!staff.hasChannelRole(item.siteId(), channelId, StaffRole.EDITOR)) {
			throw new AccessDeniedException("not an editor of the reprint channel");
		}
		if (item.documentId() != null) {
			throw new ContentRuleViolation("content.reprint.alreadyImported");
		}
		DocumentContent content = new DocumentContent(item.title(), null, body(item), null, item.feedName(), null, null,
				null, List.of(), List.of(), null, null, true, item.link(), false, null, null);
		long documentId = library.create(item.siteId(), DocumentType.ARTICLE, content);
		placements.place(documentId, PlacementRequest.in(channelId));
		store.imported(itemId, documentId, String.valueOf(staff.currentUsername()), clock.instant());
		return documentId;
	}

	/** Every policy of the site found in the period (days in the platform's zone), newest first. */
	@PreAuthorize("@staffAccess.managesSite(#siteId) or @contentAccess.mayWriteSite(#siteId)")
	@Transactional(readOnly = true)
	public List<ReprintItemView> report(long siteId, LocalDate from, LocalDate to) {
		sites.find(siteId).orElseThrow(() -> new NotFound("site", siteId));
		Instant start = from.atStartOfDay(clock.getZone()).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
		return store.report(siteId, start, end);
	}

	/** A reprint counts from the moment it first goes live. */
	@EventListener
	void on(DocumentPublished published) {
		store.published(published.documentId(), clock.instant());
	}

	/** The upstream page's main text, sanitized by the library like any body; a link alone when it cannot be read. */
	private String body(ReprintItemView item) {
		String link = "<p><a href=\"" + org.jsoup.nodes.Entities.escape(item.link()) + "\">"
				+ org.jsoup.nodes.Entities.escape(item.title()) + "</a></p>";
		try {
			FetchGuard.Fetched page = guard.get(item.link());
			if (page.status() != 200 || !page.contentType().toLowerCase(java.util.Locale.ROOT).contains("html")) {
				return link;
			}
			org.jsoup.nodes.Document html = Jsoup.parse(new java.io.ByteArrayInputStream(page.body()), null, item.link());
			Element main = html.selectFirst("article, #zoom, .article, #article, .content, #content, main");
			String text = main != null ? main.html() : html.body().html();
			return text.isBlank() ? link : text + link;
		}
		catch (IOException | RuleViolation unreadable) {
			return link;
		}
	}
}
