package org.govsite.site;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.govsite.identity.StaffAccess;
import org.govsite.notification.Notifications;
import org.govsite.platform.NotFound;
import org.govsite.site.internal.DeregistrationPlan;
import org.govsite.site.internal.DomainCheckStore;
import org.govsite.site.internal.DomainLedgerSettings;
import org.govsite.site.internal.DomainLedgerStore;
import org.govsite.site.internal.DomainLedgerWorkbook;
import org.govsite.site.internal.DomainWarnings;
import org.govsite.site.internal.SiteQueries;
import org.govsite.site.internal.SiteSettings;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The domain ledger (域名台账, SPEC.md §1): every domain of the group, entered by the system
 * administrator or taken from the sites' registrations, read by the administrators and by each
 * site's manager for their own sites. Its manager is warned as a domain nears its expiry; a closed
 * site's domains keep their deregistration steps as to-dos with a deadline.
 */
@Service
@Transactional
public class DomainLedger {

	private final DomainLedgerStore store;

	private final DomainCheckStore checkStore;

	private final SiteQueries sites;

	private final DomainWarnings warnings;

	private final DomainLedgerWorkbook workbook;

	private final DomainLedgerSettings settings;

	private final SiteSettings siteSettings;

	private final StaffAccess access;

	private final Clock clock;

	DomainLedger(DomainLedgerStore store, DomainCheckStore checkStore, SiteQueries sites, DomainWarnings warnings, DomainLedgerWorkbook workbook,
			DomainLedgerSettings settings, SiteSettings siteSettings, StaffAccess access, Clock clock) {
		this.store = store;
		this.checkStore = checkStore;
		this.sites = sites;
		this.warnings = warnings;
		this.workbook = workbook;
		this.settings = settings;
		this.siteSettings = siteSettings;
		this.access = access;
		this.clock = clock;
	}

	/** The domains the signed-in user may see: all for the system administrator, else their sites'. */
	@PreAuthorize("hasAuthority('STAFF')")
	@Transactional(readOnly = true)
	public List<LedgerEntry> entries() {
		List<LedgerEntry> all = store.all(LocalDate.now(clock));
		if (access.isSystemAdmin()) {
			return all;
		}
		return all.stream().filter(entry -> access.managesSite(entry.siteId())).toList();
	}

	/** The latest outside checks of the visible entries, by entry (only when the checks are enabled). */
	@PreAuthorize("hasAuthority('STAFF')")
	@Transactional(readOnly = true)
	public java.util.Map<Long, DomainCheck> checks() {
		java.util.Set<Long> visible = entries().stream().map(LedgerEntry::id).collect(java.util.stream.Collectors.toSet());
		java.util.Map<Long, DomainCheck> checks = new java.util.HashMap<>(checkStore.all());
		checks.keySet().retainAll(visible);
		return checks;
	}

	/** The visible entries as an .xlsx for the supervising office. */
	@PreAuthorize("hasAuthority('STAFF')")
	@Transactional(readOnly = true)
	public byte[] export() {
		return workbook.write(entries());
	}

	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public long add(LedgerEntryData data) {
		Domain domain = check(data, null);
		return store.insert(data, domain.name(), domain.chinese(), clock.instant());
	}

	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public void update(long entryId, LedgerEntryData data) {
		store.siteOf(entryId).orElseThrow(() -> new NotFound("domainEntry", entryId));
		Domain domain = check(data, entryId);
		store.update(entryId, data, domain.name(), domain.chinese(), clock.instant());
	}

	/** Enters the domains the sites' registrations name that the ledger lacks. */
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public int takeFromSites() {
		return store.syncFromSites(clock.instant());
	}

	/** Marks a deregistration step done; the domain is deregistered once all of its steps are. */
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public void completeStep(long stepId) {
		store.completeStep(stepId, String.valueOf(access.currentUsername()), clock.instant())
			.orElseThrow(() -> new NotFound("domainStep", stepId));
	}

	/**
	 * The daily look at the ledger, run by the jobs module: new domains of the sites are entered,
	 * and each site's manager is warned of a domain about to expire.
	 */
	public void checkDaily() {
		store.syncFromSites(clock.instant());
		warnings.warn(settings.warnDays(), LocalDate.now(clock));
	}

	/** Follows the site's lifecycle: its domains are being closed, and owe their deregistration once it closed. */
	void afterStep(long siteId, LifecycleStep recorded) {
		LocalDate today = LocalDate.now(clock);
		switch (recorded) {
			case BEGIN_CLOSING -> {
				store.syncFromSites(clock.instant());
				store.markBeingClosed(siteId, clock.instant());
			}
			case COMPLETE_CLOSING, LEAVE_SUPERVISION -> {
				store.syncFromSites(clock.instant());
				store.openSteps(siteId, DeregistrationPlan.of(today,
						recorded == LifecycleStep.LEAVE_SUPERVISION, settings, siteSettings), clock.instant());
			}
			default -> {
				// other steps leave the domains as they are
			}
		}
	}

	/**
	 * Follows a change of the site's domains: a domain it no longer uses stays in the ledger, being
	 * closed, with its cancellation as a to-do; the new one is entered.
	 *
	 * @param before the domains before, as the change record summarises them ({@code a / b})
	 * @param after the domains after
	 */
	void domainsChanged(long siteId, @Nullable String before, @Nullable String after) {
		java.util.Set<String> now = names(after);
		LocalDate due = LocalDate.now(clock).plusDays(settings.deregisterWithinDays());
		names(before).stream().filter(name -> !now.contains(name))
			.forEach(name -> store.retire(siteId, name, due, clock.instant()));
		store.syncFromSites(clock.instant());
	}

	private static java.util.Set<String> names(@Nullable String summary) {
		return summary == null ? java.util.Set.of()
				: java.util.Arrays.stream(summary.split(" / ")).map(String::strip).filter(name -> !name.isEmpty())
					.collect(java.util.stream.Collectors.toSet());
	}

	private Domain check(LedgerEntryData data, @Nullable Long exceptId) {
		if (sites.find(data.siteId()).isEmpty()) {
			throw new SiteDataRejected("siteId", "site.ledger.siteUnknown");
		}
		String typed = data.name().strip();
		if (typed.isEmpty()) {
			throw new SiteDataRejected("name", "site.ledger.nameRequired");
		}
		Domain domain;
		try {
			domain = typed.toLowerCase(Locale.ROOT).endsWith(".gov.cn") ? Domain.english(typed) : Domain.chinese(typed);
		}
		catch (SiteDataRejected rejected) {
			throw new SiteDataRejected("name", "site.ledger.nameInvalid", typed);
		}
		if (store.nameTaken(domain.name(), exceptId)) {
			throw new SiteDataRejected("name", "site.ledger.nameTaken", domain.name());
		}
		if (data.registeredOn() != null && data.expiresOn() != null && data.expiresOn().isBefore(data.registeredOn())) {
			throw new SiteDataRejected("expiresOn", "site.ledger.expiresBeforeRegistered");
		}
		return domain;
	}
}
