package org.govsite.interaction.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.govsite.channel.ChannelDirectory;
import org.govsite.channel.ChannelView;
import org.govsite.content.ContentCatalog;
import org.govsite.content.DocumentPublished;
import org.govsite.content.PublishedDocument;
import org.govsite.interaction.SubscriptionFrequency;
import org.govsite.interaction.internal.SubscriptionTokens.Purpose;
import org.govsite.jobs.BackgroundJobs;
import org.govsite.jobs.JobType;
import org.govsite.jobs.RecurringJob;
import org.govsite.notification.PublicMail;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Brings new publications to their subscribers. A document newly placed in a site's channels
 * ({@link DocumentPublished}: never by polling; a new version where it already was is no news)
 * is added to what waits for each confirmed subscription of that site that looks at one of those
 * channels and, if it names keywords, at one of them. A subscriber who takes news at once gets an
 * email by a background job right away (documents published while it waits go in the same email);
 * the others, and anything left over, in the daily digest. Every email goes through the
 * notification module's {@link PublicMail}, and a failing mail server makes the job try again;
 * without one configured, the news wait.
 */
@Component
public class SubscriptionDelivery {

	private static final Logger log = LoggerFactory.getLogger(SubscriptionDelivery.class);

	public static final String CONFIRMATION_JOB = "interaction.subscription-confirmation";

	static final String DIGEST_JOB = "interaction.subscription-digest";

	/** Documents in one email; more wait for the next. */
	static final int MAX_PER_EMAIL = 50;

	private final SubscriptionStore store;

	private final SubscriptionMails mails;

	private final SubscriptionTokens tokens;

	private final PersonalData personal;

	private final PublicMail mail;

	private final ContentCatalog catalog;

	private final ChannelDirectory channels;

	private final SiteDirectory sites;

	/** Lazily: the job facility collects this module's job types, which call back into this class. */
	private final ObjectProvider<BackgroundJobs> jobs;

	private final Clock clock;

	SubscriptionDelivery(SubscriptionStore store, SubscriptionMails mails, SubscriptionTokens tokens, PersonalData personal,
			PublicMail mail, ContentCatalog catalog, ChannelDirectory channels, SiteDirectory sites, ObjectProvider<BackgroundJobs> jobs,
			Clock clock) {
		this.store = store;
		this.mails = mails;
		this.tokens = tokens;
		this.personal = personal;
		this.mail = mail;
		this.catalog = catalog;
		this.channels = channels;
		this.sites = sites;
		this.jobs = jobs;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(DocumentPublished event) {
		Set<Long> added = new HashSet<>(event.channelIds());
		added.removeAll(event.previousChannelIds());
		Optional<PublishedDocument> published = added.isEmpty() ? Optional.empty() : catalog.published(event.documentId());
		if (published.isEmpty()) {
			return;
		}
		PublishedDocument document = published.get();
		Map<Long, Set<Long>> bySite = new TreeMap<>();
		for (long channelId : added) {
			channels.find(channelId).ifPresent(channel -> bySite.computeIfAbsent(channel.siteId(), site -> new HashSet<>())
				.add(channel.id()));
		}
		bySite.forEach((siteId, channelIds) -> queue(document, siteId, channelIds));
	}

	private void queue(PublishedDocument document, long siteId, Collection<Long> channelIds) {
		List<SubscriptionStore.Stored> interested = store.watching(siteId, channelIds).stream()
			.filter(subscription -> subscription.scope().matches(channelIds, document.title(), document.summary(),
					document.keywords()))
			.toList();
		store.queue(interested.stream().map(SubscriptionStore.Stored::id).toList(), document.id(), siteId, clock.instant());
		interested.stream().filter(subscription -> subscription.frequency() == SubscriptionFrequency.IMMEDIATE)
			.forEach(subscription -> digestNow(subscription.id()));
	}

	/** Sends the confirmation link of a request still unconfirmed. */
	void confirm(String data) {
		if (!mailServer()) {
			return;
		}
		long id = Long.parseLong(data.substring(0, data.indexOf('\n')));
		String confirmBase = data.substring(data.indexOf('\n') + 1);
		store.find(id).filter(subscription -> !subscription.confirmed()).ifPresent(subscription -> {
			SiteSummary site = sites.find(subscription.siteId()).orElseThrow();
			mail.send(mails.confirmation(personal.open(subscription.sealedEmail()), site, scope(subscription),
					confirmBase + tokens.issue(Purpose.CONFIRM, id)));
		});
	}

	/** Sends what waits for the subscription, in one email, if it is still confirmed and anything is still live. */
	void digest(String data) {
		long id = Long.parseLong(data);
		Optional<SubscriptionStore.Stored> found = store.find(id).filter(SubscriptionStore.Stored::confirmed);
		if (found.isEmpty()) {
			return;
		}
		if (!mailServer()) {
			return;
		}
		SubscriptionStore.Stored subscription = found.get();
		List<Long> waiting = store.waiting(id).stream().limit(MAX_PER_EMAIL).toList();
		Optional<SiteSummary> site = sites.find(subscription.siteId());
		List<PublishedDocument> live = waiting.stream().map(catalog::published).flatMap(Optional::stream).toList();
		if (!live.isEmpty() && site.isPresent()) {
			mail.send(mails.digest(personal.open(subscription.sealedEmail()), site.get(), live, scope(subscription),
					tokens.issue(Purpose.UNSUBSCRIBE, id)));
		}
		store.sent(id, waiting);
	}

	/** The daily round: a digest for each subscription with news waiting, and requests never confirmed removed. */
	void daily() {
		store.withWaiting().forEach(this::digestNow);
		store.deleteUnconfirmedBefore(clock.instant().minus(org.govsite.interaction.Subscriptions.CONFIRM_WITHIN));
	}

	/** Without a mail server nothing can go out: the news wait for one to be configured, the log says why. */
	private boolean mailServer() {
		if (!mail.available()) {
			log.warn("No mail server (spring.mail.host): subscription emails wait until one is configured");
			return false;
		}
		return true;
	}

	private void digestNow(long subscriptionId) {
		jobs.getObject().queue(DIGEST_JOB, Long.toString(subscriptionId), Long.toString(subscriptionId));
	}

	private String scope(SubscriptionStore.Stored subscription) {
		List<String> names = subscription.scope().channelIds().stream().map(channels::find).flatMap(Optional::stream)
			.map(ChannelView::name).sorted().toList();
		return mails.scope(names, subscription.scope().keywords(), subscription.frequency());
	}

	@Configuration(proxyBeanMethods = false)
	static class Jobs {

		@Bean
		JobType subscriptionConfirmation(SubscriptionDelivery delivery) {
			return new JobType(CONFIRMATION_JOB, "interaction.job.subscriptionConfirmation", 5, Duration.ofMinutes(1),
					delivery::confirm);
		}

		@Bean
		JobType subscriptionDigest(SubscriptionDelivery delivery) {
			return new JobType(DIGEST_JOB, "interaction.job.subscriptionDigest", 5, Duration.ofMinutes(1), delivery::digest);
		}

		@Bean
		RecurringJob subscriptionDaily(SubscriptionDelivery delivery, InteractionProperties properties) {
			return RecurringJob.daily("interaction.subscription-daily", "interaction.job.subscriptionDaily",
					properties.digestAt(), delivery::daily);
		}
	}
}
