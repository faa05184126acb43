package org.govsite.interaction;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.govsite.channel.ChannelDirectory;
import org.govsite.channel.ChannelView;
import org.govsite.identity.Citizen;
import org.govsite.identity.CitizenAccounts;
import org.govsite.interaction.internal.PersonalData;
import org.govsite.interaction.internal.SubscriptionDelivery;
import org.govsite.interaction.internal.SubscriptionStore;
import org.govsite.interaction.internal.SubscriptionTokens;
import org.govsite.interaction.internal.SubscriptionTokens.Purpose;
import org.govsite.jobs.BackgroundJobs;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteState;
import org.govsite.site.SiteSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 订阅: an email address subscribes to what a site publishes (some of its channels or all of it,
 * optionally only what names a keyword), at once or as a daily digest. Nothing is sent before the
 * address confirmed the request by the link sent to it (double opt-in); each email carries a link
 * that ends the subscription in one click without signing in. A signed-in citizen subscribes
 * with the account's verified email, live at once (it was confirmed when verified), and sees and
 * ends their subscriptions on 我的. The address is sealed at rest and shown to staff masked; a
 * request never confirmed is removed after a week.
 */
@Service
@Transactional
public class Subscriptions {

	/** A second request for the same address and site waits this long for the first to be confirmed. */
	static final Duration ONE_REQUEST_PER = Duration.ofHours(24);

	/** How long a confirmation link works. */
	public static final Duration CONFIRM_WITHIN = Duration.ofDays(7);

	private final SubscriptionStore store;

	private final PersonalData personal;

	private final SubscriptionTokens tokens;

	private final SiteDirectory sites;

	private final ChannelDirectory channels;

	private final BackgroundJobs jobs;

	private final ObjectProvider<CitizenAccounts> citizens;

	private final Clock clock;

	Subscriptions(SubscriptionStore store, PersonalData personal, SubscriptionTokens tokens, SiteDirectory sites,
			ChannelDirectory channels, BackgroundJobs jobs, ObjectProvider<CitizenAccounts> citizens, Clock clock) {
		this.store = store;
		this.citizens = citizens;
		this.personal = personal;
		this.tokens = tokens;
		this.sites = sites;
		this.channels = channels;
		this.jobs = jobs;
		this.clock = clock;
	}

	/** The online site with this 标识码, whose subscription form is shown. */
	@Transactional(readOnly = true)
	public Optional<SiteSummary> site(@Nullable String siteCode) {
		return siteCode == null ? Optional.empty()
				: sites.all().stream().filter(site -> siteCode.equals(site.siteCode()) && site.state() == SiteState.ONLINE)
					.findFirst();
	}

	/** The channels one may subscribe to: those the site shows, not archived, in tree order. */
	@Transactional(readOnly = true)
	public List<ChannelView> channels(long siteId) {
		return channels.ofSite(siteId).stream().filter(channel -> channel.visible() && !channel.archived()).toList();
	}

	/**
	 * Keeps the request, unconfirmed, and sends the confirmation link ({@code confirmBase} and the
	 * token) by a background job. A signed-in citizen with a verified email subscribes with that
	 * address (whatever was typed), live at once and in place of its earlier subscription to the
	 * site. Bad input is refused before anything is stored.
	 *
	 * @return whether the subscription is live already, rather than once its link is followed
	 */
	public boolean subscribe(@Nullable String siteCode, NewSubscription request, String confirmBase) {
		SiteSummary site = site(siteCode).orElseThrow(() -> new ParticipationRefused(404, "subscription.site"));
		Optional<Citizen> verified = citizen().filter(citizen -> citizen.email() != null);
		String email = ParticipationFields.email(verified.map(Citizen::email).orElse(request.email()));
		if (request.frequency() == null) {
			throw new ParticipationRefused(400, "subscription.frequency");
		}
		Set<Long> offered = channels(site.id()).stream().map(ChannelView::id).collect(Collectors.toSet());
		if (!offered.containsAll(request.channelIds())) {
			throw new ParticipationRefused(400, "subscription.channel");
		}
		SubscriptionScope scope = new SubscriptionScope(request.channelIds(), SubscriptionScope.keywords(request.keywords()));
		String digest = personal.digest("subscription:" + email);
		Instant now = clock.instant();
		if (verified.isPresent()) {
			long id = store.insert(site.id(), personal.seal(email), digest, scope, request.frequency(), now);
			store.ownedBy(id, verified.get().id());
			store.confirm(store.find(id).orElseThrow(), now);
			return true;
		}
		if (store.pendingSince(site.id(), digest, now.minus(ONE_REQUEST_PER))) {
			throw new ParticipationRefused(409, "subscription.pending");
		}
		long id = store.insert(site.id(), personal.seal(email), digest, scope, request.frequency(), now);
		jobs.queue(SubscriptionDelivery.CONFIRMATION_JOB, Long.toString(id), id + "\n" + confirmBase);
		return false;
	}

	/** The verified email a signed-in citizen's subscription goes to, masked for the form; empty when none. */
	@Transactional(readOnly = true)
	public Optional<String> citizenEmail() {
		return citizen().map(Citizen::email).map(PersonalData::maskedEmail);
	}

	/** The subscriptions of a citizen account, as its 我的 page lists them. */
	@Transactional(readOnly = true)
	public List<SubscriptionView> ofCitizen(long citizenId) {
		return store.ofCitizen(citizenId).stream().map(this::view).toList();
	}

	/** Ends a subscription of the citizen signed in, from 我的; anyone else's is not found. */
	public void endForCitizen(long id) {
		long citizenId = citizen().map(Citizen::id).orElseThrow(() -> new ParticipationRefused(401, "subscription.signIn"));
		if (!store.deleteOwned(id, citizenId)) {
			throw new ParticipationRefused(404, "subscription.token");
		}
	}

	private Optional<Citizen> citizen() {
		CitizenAccounts accounts = citizens.getIfAvailable();
		return accounts == null ? Optional.empty() : accounts.current();
	}

	/** Follows a confirmation link: the subscription is live now, in place of the address's earlier one for the site. */
	public SubscriptionView confirm(@Nullable String token) {
		long id = tokens.verify(Purpose.CONFIRM, token).orElseThrow(() -> new ParticipationRefused(404, "subscription.token"));
		SubscriptionStore.Stored subscription = store.find(id)
			.orElseThrow(() -> new ParticipationRefused(404, "subscription.token"));
		if (!subscription.confirmed()) {
			if (subscription.createdAt().plus(CONFIRM_WITHIN).isBefore(clock.instant())) {
				throw new ParticipationRefused(404, "subscription.token");
			}
			store.confirm(subscription, clock.instant());
		}
		return view(store.find(id).orElseThrow());
	}

	/**
	 * Follows an unsubscribe link: the subscription and its address are deleted. A second click
	 * finds nothing left to end (empty), which the page says as kindly as the first.
	 */
	public Optional<SubscriptionView> unsubscribe(@Nullable String token) {
		long id = tokens.verify(Purpose.UNSUBSCRIBE, token)
			.orElseThrow(() -> new ParticipationRefused(404, "subscription.token"));
		Optional<SubscriptionView> ended = store.find(id).map(this::view);
		store.delete(id);
		return ended;
	}

	/** The subscribers of each site the user handles letters for, none omitted. */
	@Transactional(readOnly = true)
	public List<SubscriptionCount> counts() {
		Set<Long> mine = LetterAccess.sitesOf(LetterAccess.user());
		Map<Long, SubscriptionStore.Counts> counted = store.counts(mine).stream()
			.collect(Collectors.toMap(SubscriptionStore.Counts::siteId, Function.identity()));
		List<SubscriptionCount> counts = new ArrayList<>();
		for (long siteId : mine) {
			sites.find(siteId).ifPresent(site -> {
				SubscriptionStore.Counts count = counted.get(siteId);
				counts.add(new SubscriptionCount(siteId, site.name(), count == null ? 0 : count.confirmed(),
						count == null ? 0 : count.pending()));
			});
		}
		return counts;
	}

	/** A site's newest confirmed subscriptions, addresses masked, for its letter handlers. */
	@Transactional(readOnly = true)
	public List<SubscriptionView> subscribers(long siteId, int limit) {
		LetterAccess.requireHandler(siteId);
		return store.ofSite(siteId, Math.max(1, Math.min(limit, 500))).stream().map(this::view).toList();
	}

	private SubscriptionView view(SubscriptionStore.Stored subscription) {
		String siteName = sites.find(subscription.siteId()).map(SiteSummary::name).orElse("");
		List<String> channelNames = subscription.scope().channelIds().stream().map(channels::find)
			.flatMap(Optional::stream).map(ChannelView::name).sorted().toList();
		return new SubscriptionView(subscription.id(), subscription.siteId(), siteName,
				PersonalData.maskedEmail(personal.open(subscription.sealedEmail())), channelNames,
				subscription.scope().keywords(), subscription.frequency(), subscription.confirmedAt());
	}
}
