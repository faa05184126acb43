package org.govsite.content.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.govsite.channel.ChannelDirectory;
import org.govsite.channel.ChannelView;
import org.govsite.content.ContentRuleViolation;
import org.govsite.content.DocumentState;
import org.govsite.content.OfferState;
import org.govsite.content.PlacementRequest;
import org.govsite.content.PlacementsChanged;
import org.govsite.identity.StaffRole;
import org.govsite.platform.NotFound;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 报送 and 采用 around the {@link Offer} aggregate: a department site offers a live or approved
 * document to its portal (its {@code parentId}); the portal's editors are told, accept it into a
 * portal channel or decline it; an accepted offer becomes a placement in the portal (shown at once
 * when the document is live, else when it goes live), after a portal reviewer's sign-off where the
 * channel has review levels of its own; the offering editor is told the outcome.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class Offers {

	private final OfferRepository offers;

	private final Library library;

	private final ContentStore store;

	private final ReviewPolicies policies;

	private final SiteDirectory sites;

	private final ChannelDirectory channels;

	private final Notifier notifier;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Workflow workflow;

	Offers(OfferRepository offers, Library library, ContentStore store, ReviewPolicies policies, SiteDirectory sites,
			ChannelDirectory channels, Notifier notifier, ApplicationEventPublisher events, Clock clock,
			Workflow workflow) {
		this.workflow = workflow;
		this.offers = offers;
		this.library = library;
		this.store = store;
		this.policies = policies;
		this.sites = sites;
		this.channels = channels;
		this.notifier = notifier;
		this.events = events;
		this.clock = clock;
	}

	public long offer(long documentId, @Nullable String note, String editor) {
		Document document = library.document(documentId);
		SiteSummary site = sites.find(document.siteId()).orElseThrow(() -> new NotFound("site", document.siteId()));
		Long portalId = site.parentId();
		if (portalId == null) {
			throw new ContentRuleViolation("content.offer.noPortal");
		}
		if (!document.isLive() && document.state() != DocumentState.APPROVED
				&& document.state() != DocumentState.SCHEDULED) {
			throw new ContentRuleViolation("content.offer.notReady");
		}
		if (offers.isOpen(documentId, portalId)) {
			throw new ContentRuleViolation("content.offer.alreadyOpen");
		}
		if (store.sitesOfPlacements(documentId).contains(portalId)) {
			throw new ContentRuleViolation("content.offer.alreadyPlaced");
		}
		Offer offer = offers.save(Offer.of(documentId, site.id(), portalId, editor, note, clock.instant()));
		notifier.tell(List.of(StaffRole.EDITOR.forSite(portalId)), Notice.OFFER_RECEIVED,
				link(offer), library.title(documentId), site.name());
		return offer.id();
	}

	/** 采用 into a channel of the portal; placed now, or once a portal reviewer signs it off. */
	public void accept(long offerId, long channelId, String editor) {
		Offer offer = load(offerId);
		ChannelView channel = channels.find(channelId).orElseThrow(() -> new NotFound("channel", channelId));
		if (channel.siteId() != offer.toSiteId()) {
			throw new ContentRuleViolation("content.offer.otherSite");
		}
		if (!channel.acceptsContent()) {
			throw new ContentRuleViolation("content.placement.archivedChannel", channel.name());
		}
		boolean portalReview = policies.own(channelId).isPresent();
		offer.accept(editor, channelId, portalReview, clock.instant());
		offers.save(offer);
		if (portalReview) {
			notifier.tell(Set.of(StaffRole.REVIEWER.forSite(channel.siteId()),
					StaffRole.REVIEWER.forChannel(channel.siteId(), channelId)),
					Notice.OFFER_REVIEW_WAITING, link(offer), library.title(offer.documentId()), channel.name());
		}
		else {
			place(offer, channel);
		}
	}

	/**
	 * The portal reviewer's sign-off: the document is placed, and where the channel asks for more
	 * levels than the document passed, the sign-off passes the next of them.
	 */
	public void approve(long offerId, String reviewer) {
		Offer offer = load(offerId);
		offer.approve(reviewer, library.document(offer.documentId()).editors(), clock.instant());
		offers.save(offer);
		long channelId = java.util.Objects.requireNonNull(offer.channelId());
		place(offer, channels.find(channelId).orElseThrow(() -> new NotFound("channel", channelId)));
		if (store.held(offer.documentId(), channelId).isPresent()) {
			workflow.approvePlacement(offer.documentId(), channelId, null, reviewer);
		}
	}

	public void decline(long offerId, String reason, String actor) {
		Offer offer = load(offerId);
		offer.decline(actor, reason, clock.instant());
		offers.save(offer);
		tellOutcome(offer, new DefaultMessageSourceResolvable(new String[] { "content.offer.outcome.declined" },
				new Object[] { reason.strip() }));
	}

	/** The accepted document shows in the portal channel from now (or from its release). */
	private void place(Offer offer, ChannelView channel) {
		if (offer.state() != OfferState.ACCEPTED) {
			return;
		}
		Document document = library.document(offer.documentId());
		// a portal channel asking for more levels than the document passed holds it for them
		library.placeReviewed(document, channel, PlacementRequest.in(channel.id()),
				java.util.Objects.requireNonNull(offer.decidedBy()));
		tellOutcome(offer, new DefaultMessageSourceResolvable(new String[] { "content.offer.outcome.accepted" },
				new Object[] { channel.name() }));
	}

	private void tellOutcome(Offer offer, DefaultMessageSourceResolvable outcome) {
		notifier.tell(List.of(offer.offeredBy()), Notice.OFFER_DECIDED,
				"/admin/documents/" + offer.documentId(), library.title(offer.documentId()), outcome);
	}

	private Offer load(long offerId) {
		return offers.findById(offerId).orElseThrow(() -> new NotFound("offer", offerId));
	}

	private static String link(Offer offer) {
		return "/admin/offers/" + offer.id();
	}
}
