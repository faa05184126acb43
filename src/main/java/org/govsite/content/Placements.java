package org.govsite.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.govsite.content.internal.ContentQueries;
import org.govsite.content.internal.Library;
import org.govsite.content.internal.OfferQueries;
import org.govsite.content.internal.Offers;
import org.govsite.identity.StaffAccess;
import org.govsite.identity.StaffRole;
import org.govsite.platform.NotFound;
import org.govsite.site.SiteDirectory;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a document shows: its placements in channels of its own site or another (引用, 转载), and
 * 报送 and 采用, a department site offering a document to its portal and the portal accepting or
 * declining it.
 */
@Service
@Transactional
public class Placements {

	private final Library library;

	private final Offers offers;

	private final OfferQueries offerQueries;

	private final ContentQueries queries;

	private final SiteDirectory sites;

	private final StaffAccess staff;

	Placements(Library library, Offers offers, OfferQueries offerQueries, ContentQueries queries,
			SiteDirectory sites, StaffAccess staff) {
		this.library = library;
		this.offers = offers;
		this.offerQueries = offerQueries;
		this.queries = queries;
		this.sites = sites;
		this.staff = staff;
	}

	// placements

	/** Places the document in a channel the editor may write to, of its own site or another. */
	@PreAuthorize("@contentAccess.mayEdit(#documentId) and @contentAccess.mayPlaceIn(#request.channelId())")
	public void place(long documentId, PlacementRequest request) {
		library.place(documentId, request, actor());
	}

	@PreAuthorize("@contentAccess.mayEdit(#documentId) or @contentAccess.mayPlaceIn(#channelId)")
	public void removePlacement(long documentId, long channelId) {
		library.removePlacement(documentId, channelId);
	}

	/** Moves the document from one channel to another: it leaves the first and shows in the second. */
	@PreAuthorize("@contentAccess.mayEdit(#documentId) and @contentAccess.mayPlaceIn(#toChannelId)")
	public void move(long documentId, long fromChannelId, long toChannelId) {
		library.move(documentId, fromChannelId, toChannelId, actor());
	}

	// 报送 and 采用

	/** 报送: offers a live or approved document of a department site to its portal. @return the offer's id */
	@PreAuthorize("@contentAccess.mayEdit(#documentId)")
	public long offer(long documentId, @Nullable String note) {
		return offers.offer(documentId, note, actor());
	}

	/** 采用: a portal editor accepts the offer into a channel of the portal. */
	@PreAuthorize("@contentAccess.mayDecideOffer(#offerId) and @contentAccess.mayPlaceIn(#channelId)")
	public void acceptOffer(long offerId, long channelId) {
		offers.accept(offerId, channelId, actor());
	}

	/** A portal reviewer signs off an acceptance into a channel with review levels of its own. */
	@PreAuthorize("@contentAccess.mayReviewOffer(#offerId)")
	public void approveOffer(long offerId) {
		offers.approve(offerId, actor());
	}

	/** The portal declines the offer, with a reason the offering editor is told. */
	@PreAuthorize("@contentAccess.mayDecideOffer(#offerId) or @contentAccess.mayReviewOffer(#offerId)")
	public void declineOffer(long offerId, String reason) {
		offers.decline(offerId, reason, actor());
	}

	@Transactional(readOnly = true)
	@PreAuthorize("@contentAccess.mayReadOffer(#offerId)")
	public OfferView offerView(long offerId) {
		return offerQueries.find(offerId).orElseThrow(() -> new NotFound("offer", offerId));
	}

	/** What waits for the user in the portals: offers to decide (as editor) and acceptances to sign off (as reviewer). */
	@Transactional(readOnly = true)
	public List<OfferView> offersWaitingForMe() {
		List<OfferView> waiting = new ArrayList<>(
				offerQueries.toSites(staff.sitesWith(StaffRole.EDITOR), List.of(OfferState.OFFERED)));
		offerQueries.toSites(staff.sitesWith(StaffRole.REVIEWER), List.of(OfferState.AWAITING_REVIEW))
			.stream()
			.filter(offer -> staff.hasChannelRole(offer.toSiteId(), offer.channelId() == null ? 0 : offer.channelId(),
					StaffRole.REVIEWER))
			.forEach(waiting::add);
		return waiting;
	}

	/** The newest offers made by the sites the user edits, with their outcome. */
	@Transactional(readOnly = true)
	public List<OfferView> offersOfMySites(int limit) {
		return offerQueries.fromSites(staff.sitesWith(StaffRole.EDITOR), limit);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("@contentAccess.mayRead(#documentId)")
	public List<OfferView> offersOf(long documentId) {
		queries.requireDocument(documentId);
		return offerQueries.ofDocument(documentId);
	}

	/**
	 * 报送 and 采用 per department site in a year (China time): of the sites the user may read, as
	 * offering site or as portal.
	 */
	@Transactional(readOnly = true)
	public List<OfferStatistics> offerStatistics(int year) {
		Map<Long, String> names = new HashMap<>();
		sites.all().forEach(site -> names.put(site.id(), site.name()));
		return offerQueries.statistics(year, queries.readableSites(null), names);
	}

	private String actor() {
		return CurrentActor.of(staff);
	}

}
