package org.govsite.channel;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.govsite.calendar.WorkingCalendar;
import org.govsite.channel.internal.ChannelQueries;
import org.govsite.channel.internal.ChannelWatchSettings;
import org.govsite.channel.internal.ChannelWatchStore;
import org.govsite.identity.StaffDirectory;
import org.govsite.identity.StaffRole;
import org.govsite.jobs.RecurringJob;
import org.govsite.platform.NotFound;
import org.govsite.site.SiteDirectory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Channels watched against their update rules (SPEC.md §2): each channel's state from its last
 * publication, its responsible person as an account of the site's staff, and a daily check that
 * warns them some working days before the rule breaks and tells the site manager once it has.
 */
@Service
@Transactional
public class ChannelWatch {

	private final ChannelQueries queries;

	private final ChannelWatchStore store;

	private final WorkingCalendar calendar;

	private final StaffDirectory staff;

	private final ChannelWatchSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SiteDirectory sites;

	ChannelWatch(ChannelQueries queries, ChannelWatchStore store, WorkingCalendar calendar, StaffDirectory staff,
			ChannelWatchSettings settings, ApplicationEventPublisher events, Clock clock, SiteDirectory sites) {
		this.sites = sites;
		this.queries = queries;
		this.store = store;
		this.calendar = calendar;
		this.staff = staff;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/** Where each channel of the site stands today, in tree order. */
	@Transactional(readOnly = true)
	@PreAuthorize("@channelAccess.mayReadSite(#siteId)")
	public Map<Long, ChannelFreshness> freshness(long siteId) {
		sites.find(siteId).orElseThrow(() -> new NotFound("site", siteId));
		return freshnessOf(siteId);
	}

	/**
	 * Makes an account of the site's staff the channel's responsible person ({@code null}: none;
	 * the free-text name is shown then). The unit stays as it is.
	 */
	@PreAuthorize("@channelAccess.mayChange(#channelId)")
	public void assignResponsible(long channelId, @Nullable String username) {
		ChannelView channel = queries.get(channelId);
		String account = username == null || username.isBlank() ? null : username.strip();
		if (account != null && !staffOf(channel).contains(account)) {
			throw new ChannelRuleViolation("channel.responsibleAccount.notStaff", account);
		}
		store.assign(channelId, account);
	}

	/** The responsible account of each channel of the site that has one. */
	@Transactional(readOnly = true)
	@PreAuthorize("@channelAccess.mayReadSite(#siteId)")
	public Map<Long, String> responsibleAccounts(long siteId) {
		return store.responsibleAccounts(siteId);
	}

	/** The accounts holding a role over the whole site: whom the tree offers as responsible persons. */
	@Transactional(readOnly = true)
	@PreAuthorize("@channelAccess.mayChangeSite(#siteId)")
	public Set<String> siteStaff(long siteId) {
		Set<String> accounts = new TreeSet<>();
		for (StaffRole role : StaffRole.values()) {
			if (!role.isAdministrator()) {
				accounts.addAll(staff.holdersOf(role.forSite(siteId)));
			}
		}
		return accounts;
	}

	/** The responsible account of the channel, if one is assigned. */
	@Transactional(readOnly = true)
	@PreAuthorize("@channelAccess.mayRead(#channelId)")
	public Optional<String> responsibleAccount(long channelId) {
		return store.responsibleAccount(channelId);
	}

	/** The accounts that may be made responsible for the channel: its site's staff, and its own editors and reviewers. */
	@Transactional(readOnly = true)
	@PreAuthorize("@channelAccess.mayRead(#channelId)")
	public Set<String> eligibleResponsibles(long channelId) {
		return staffOf(queries.get(channelId));
	}

	/**
	 * The channels that need the user: those they are responsible for that are due soon, overdue
	 * or empty, and, for the sites they manage, every overdue or empty one. Checks no permission:
	 * it answers only about the user's own work.
	 */
	@Transactional(readOnly = true)
	public List<ChannelAttention> attentionFor(String username, Set<Long> managedSites) {
		Set<Long> sites = new TreeSet<>(store.sitesResponsibleFor(username));
		sites.addAll(managedSites);
		List<ChannelAttention> attention = new ArrayList<>();
		for (long siteId : sites) {
			Map<Long, String> responsible = store.responsibleAccounts(siteId);
			Map<Long, ChannelFreshness> states = freshnessOf(siteId);
			for (ChannelView channel : queries.ofSite(siteId)) {
				ChannelFreshness freshness = states.get(channel.id());
				if (freshness == null || !freshness.needsAttention()) {
					continue;
				}
				boolean own = username.equals(responsible.get(channel.id()));
				boolean managed = managedSites.contains(siteId) && freshness.state() != ChannelFreshness.State.DUE_SOON;
				if (own || managed) {
					attention.add(new ChannelAttention(channel, freshness, own));
				}
			}
		}
		return attention;
	}

	/**
	 * How many channels are near their update limit (due soon) or past it, of the sites given
	 * ({@code null}: every site) and of those the user is responsible for. Checks no permission:
	 * it answers only about what the user watches, for their 工作台.
	 */
	@Transactional(readOnly = true)
	public NearLimit nearLimit(String username, @Nullable Set<Long> managedSites) {
		List<Long> responsibleSites = store.sitesResponsibleFor(username);
		if (managedSites != null && managedSites.isEmpty() && responsibleSites.isEmpty()) {
			return new NearLimit(false, 0, 0);
		}
		Set<Long> sites = new TreeSet<>(managedSites == null ? store.sites() : managedSites);
		sites.addAll(responsibleSites);
		int dueSoon = 0;
		int overdue = 0;
		for (long siteId : sites) {
			boolean whole = managedSites == null || managedSites.contains(siteId);
			Map<Long, String> responsible = whole ? Map.of() : store.responsibleAccounts(siteId);
			for (Map.Entry<Long, ChannelFreshness> channel : freshnessOf(siteId).entrySet()) {
				if (!whole && !username.equals(responsible.get(channel.getKey()))) {
					continue;
				}
				switch (channel.getValue().state()) {
					case DUE_SOON -> dueSoon++;
					case OVERDUE -> overdue++;
					default -> {
					}
				}
			}
		}
		return new NearLimit(true, dueSoon, overdue);
	}

	/** Channels near or past their update limit, and whether the user watches any channel at all. */
	public record NearLimit(boolean watching, int dueSoon, int overdue) {
	}

	/** A channel that needs someone, and whether it is theirs (rather than of a site they manage). */
	public record ChannelAttention(ChannelView channel, ChannelFreshness freshness, boolean responsible) {
	}

	/** Records what went live where: the channels' last publication. */
	@EventListener
	public void on(ChannelsPublished published) {
		if (!published.channelIds().isEmpty()) {
			store.published(published.channelIds(), published.publishedAt());
		}
	}

	/** The daily check runs on one admin node at {@code govsite.channel.check-at}, in the platform's zone. */
	@Bean
	static RecurringJob channelWatchJob(ChannelWatch watch, @Value("${govsite.channel.check-at:07:30}") LocalTime at) {
		return RecurringJob.daily("channel.daily-check", "channel.job.watch", at, watch::checkDaily);
	}

	/**
	 * The daily check: every channel due soon, overdue or empty is announced once per state and
	 * due day ({@link ChannelUpdateWarning}), for the inbox of its responsible person and its site's
	 * manager.
	 */
	public void checkDaily() {
		for (long siteId : store.sites()) {
			Map<Long, String> responsible = store.responsibleAccounts(siteId);
			Map<Long, ChannelFreshness> states = freshnessOf(siteId);
			for (ChannelView channel : queries.ofSite(siteId)) {
				ChannelFreshness freshness = states.get(channel.id());
				if (freshness != null && freshness.needsAttention()
						&& store.warned(channel.id(), freshness.state(), freshness.due(), clock.instant())) {
					events.publishEvent(new ChannelUpdateWarning(channel.id(), siteId, channel.name(), freshness.state(),
							freshness.due(), responsible.get(channel.id())));
				}
			}
		}
	}

	private Map<Long, ChannelFreshness> freshnessOf(long siteId) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
		Map<Long, LocalDate> last = store.lastPublished(siteId);
		Map<Long, ChannelFreshness> states = new LinkedHashMap<>();
		for (ChannelView channel : queries.ofSite(siteId)) {
			if (channel.archived()) {
				continue;
			}
			states.put(channel.id(), ChannelFreshness.of(channel.updateRule(), channel.level(), last.get(channel.id()),
					today, calendar, settings.warnBeforeWorkingDays()));
		}
		return states;
	}

	private Set<String> staffOf(ChannelView channel) {
		Set<String> accounts = new TreeSet<>();
		for (StaffRole role : StaffRole.values()) {
			if (!role.isAdministrator()) {
				accounts.addAll(staff.holdersOf(role.forSite(channel.siteId())));
				accounts.addAll(staff.holdersOf(role.forChannel(channel.siteId(), channel.id())));
			}
		}
		return accounts;
	}
}
