package org.govsite.content.internal;

import java.util.Arrays;
import java.util.Set;

import org.govsite.channel.ChannelDirectory;
import org.govsite.channel.ChannelView;
import org.govsite.content.DocumentPermissions;
import org.govsite.identity.StaffAccess;
import org.govsite.identity.StaffRole;

import org.springframework.stereotype.Component;

/**
 * Who may do what with documents, for {@code @PreAuthorize}: editors of a site write its
 * documents and place them in channels they edit (of any site); reviewers of a site, or of a
 * channel the document is placed in, review it; anyone holding a role on the site reads. An
 * unknown document or channel is let through, so that its caller answers "not found".
 */
@Component("contentAccess")
public class ContentAccess implements DocumentPermissions {

	private final StaffAccess staff;

	private final DocumentRepository documents;

	private final ContentStore store;

	private final ChannelDirectory channels;

	private final OfferRepository offers;

	private final OfferQueries offerQueries;

	ContentAccess(StaffAccess staff, DocumentRepository documents, ContentStore store, ChannelDirectory channels,
			OfferRepository offers, OfferQueries offerQueries) {
		this.offers = offers;
		this.offerQueries = offerQueries;
		this.staff = staff;
		this.documents = documents;
		this.store = store;
		this.channels = channels;
	}

	@Override
	public boolean mayWriteSite(long siteId) {
		return staff.hasSiteRole(siteId, StaffRole.EDITOR);
	}

	public boolean mayReadSite(long siteId) {
		return staff.isSystemAdmin() || Arrays.stream(StaffRole.values())
			.filter(role -> !role.isAdministrator())
			.anyMatch(role -> staff.hasSiteRole(siteId, role));
	}

	public boolean mayRead(long documentId) {
		return documents.findSiteIdById(documentId).map(this::mayReadSite).orElse(true)
				|| mayReadThroughPlacement(documentId);
	}

	@Override
	public boolean mayEdit(long documentId) {
		return documents.findSiteIdById(documentId).map(this::mayWriteSite).orElse(true);
	}

	/** A reviewer of the document's site, site-wide or for a channel of that site it is placed in. */
	@Override
	public boolean mayReview(long documentId) {
		return documents.findSiteIdById(documentId).map(siteId -> reviews(siteId, store.channelIdsOf(documentId))).orElse(true);
	}

	boolean reviews(long siteId, Set<Long> channelIds) {
		// a site-wide reviewer: no channel has the id 0, so this matches the site-wide authority only
		if (staff.hasChannelRole(siteId, 0, StaffRole.REVIEWER)) {
			return true;
		}
		return channelIds.stream().anyMatch(channelId -> staff.hasChannelRole(siteId, channelId, StaffRole.REVIEWER));
	}

	/** A reviewer of the channel: of its site, site-wide or for that channel. */
	public boolean mayReviewIn(long channelId) {
		return channels.find(channelId).map(channel -> reviews(channel.siteId(), Set.of(channel.id()))).orElse(true);
	}

	/**
	 * 撤稿 takes a live document off every page: a review decision, not the author's alone. A
	 * reviewer of the document who wrote no version of it, or a manager of its site, may.
	 */
	@Override
	public boolean mayWithdraw(long documentId) {
		return documents.findById(documentId)
			.map(document -> staff.managesSite(document.siteId())
					|| mayReview(documentId) && !document.editors().contains(staff.currentUsername()))
			.orElse(true);
	}

	/** An editor over the channel, of whatever site. */
	public boolean mayPlaceIn(long channelId) {
		return channels.find(channelId).map(channel -> staff.hasChannelRole(channel.siteId(), channel.id(), StaffRole.EDITOR))
			.orElse(true);
	}

	/** The portal's editors decide on what is offered to it. */
	public boolean mayDecideOffersOf(long siteId) {
		return staff.hasSiteRole(siteId, StaffRole.EDITOR);
	}

	/** Who may read the site of the channel; an unknown channel is left to its own 404. */
	public boolean mayReadChannel(long channelId) {
		return channels.find(channelId).map(ChannelView::siteId).map(this::mayReadSite).orElse(true);
	}

	public boolean managesChannel(long channelId) {
		return channels.find(channelId).map(ChannelView::siteId).map(staff::managesSite).orElse(true);
	}

	public boolean managesSite(long siteId) {
		return staff.managesSite(siteId);
	}

	/** The portal's editors decide on an offer made to it. */
	public boolean mayDecideOffer(long offerId) {
		return offers.findToSiteIdById(offerId).map(this::mayDecideOffersOf).orElse(true);
	}

	/** The portal's reviewers sign off (or decline) an offer accepted into a channel with its own review. */
	public boolean mayReviewOffer(long offerId) {
		return offers.findById(offerId)
			.map(offer -> staff.hasChannelRole(offer.toSiteId(), offer.channelId() == null ? 0 : offer.channelId(),
					StaffRole.REVIEWER))
			.orElse(true);
	}

	/** Staff of both the offering site and the portal see an offer. */
	public boolean mayReadOffer(long offerId) {
		return offers.findById(offerId)
			.map(offer -> mayReadSite(offer.toSiteId()) || mayReadSite(offer.fromSiteId()))
			.orElse(true);
	}

	/**
	 * Staff of a site the document is placed in may read it too (a reprint shows there), and so may
	 * the staff of a portal it is offered to, who decide on it.
	 */
	private boolean mayReadThroughPlacement(long documentId) {
		return store.sitesOfPlacements(documentId).stream().anyMatch(this::mayReadSite)
				|| offerQueries.openTargets(documentId).stream().anyMatch(this::mayReadSite);
	}
}
