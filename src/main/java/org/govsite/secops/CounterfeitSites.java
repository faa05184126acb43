package org.govsite.secops;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.govsite.platform.NotFound;
import org.govsite.platform.RuleViolation;
import org.govsite.secops.internal.SecopsAlerts;
import org.govsite.secops.internal.SecopsAccess;
import org.govsite.secops.internal.SecopsStore;
import org.govsite.secops.internal.SecopsStore.StoredCounterfeit;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counterfeit government sites and domains (假冒网站, SPEC.md §12), found by staff or monitoring and
 * entered by the security administrator, each followed through report → verify → refer to the
 * cyberspace office (网信部门) → closed, the day of every step kept, and counted for the reports.
 */
@Service
@Transactional
public class CounterfeitSites {

	static final int TEXT_LENGTH = 2000;

	private final SecopsStore store;

	private final SiteDirectory sites;

	private final SecopsAlerts alerts;

	private final SecopsAccess access;

	private final Clock clock;

	CounterfeitSites(SecopsStore store, SiteDirectory sites, SecopsAlerts alerts, SecopsAccess access, Clock clock) {
		this.store = store;
		this.sites = sites;
		this.alerts = alerts;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * Records a report: the counterfeit domain (or a URL on it), the site of the group it imitates if
	 * known, what was seen; sent to the security administrators.
	 *
	 * @param reportedOn the day it was reported (today when null); not later than today
	 */
	public long record(String domainOrUrl, @Nullable Long siteId, @Nullable String description, @Nullable String reporter,
			@Nullable LocalDate reportedOn) {
		access.require();
		String given = domainOrUrl.strip();
		String domain = given.toLowerCase(java.util.Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("[/?#].*$", "");
		if (!domain.matches("[a-z0-9]([a-z0-9-]{0,62}\\.)+[a-z0-9-]{1,63}(:\\d{1,5})?")) {
			throw new RuleViolation("secops.counterfeit.domainInvalid", given);
		}
		String url = given.matches("(?i)https?://\\S+") ? given : null;
		if (siteId != null && sites.find(siteId).isEmpty()) {
			throw new NotFound("site", siteId);
		}
		String text = description == null || description.isBlank() ? null : description.strip();
		if (text != null && text.length() > TEXT_LENGTH) {
			throw new RuleViolation("secops.counterfeit.descriptionLength", TEXT_LENGTH);
		}
		LocalDate today = LocalDate.now(clock);
		LocalDate day = reportedOn == null ? today : reportedOn;
		if (day.isAfter(today)) {
			throw new RuleViolation("secops.date.future", day.toString());
		}
		String who = reporter == null || reporter.isBlank() ? access.actor() : reporter.strip();
		long id = store.createCounterfeit(domain, url, siteId, text, "STAFF", who, day, clock.instant());
		alerts.counterfeit(domain, who);
		return id;
	}

	/** Takes the report one step on (核实, 移交网信部门, 办结) on the day, with a note. */
	public CounterfeitState advance(long id, @Nullable String note, @Nullable LocalDate on) {
		access.require();
		StoredCounterfeit report = store.counterfeit(id).orElseThrow(() -> new NotFound("counterfeit", id));
		CounterfeitState next = report.state().next();
		LocalDate today = LocalDate.now(clock);
		LocalDate day = on == null ? today : on;
		if (day.isAfter(today)) {
			throw new RuleViolation("secops.date.future", day.toString());
		}
		if (day.isBefore(report.reportedOn())) {
			throw new RuleViolation("secops.counterfeit.beforeReport", report.reportedOn().toString());
		}
		String text = note == null || note.isBlank() ? null : note.strip();
		if (text != null && text.length() > TEXT_LENGTH) {
			throw new RuleViolation("secops.counterfeit.noteLength", TEXT_LENGTH);
		}
		store.advance(id, next, day, text);
		return next;
	}

	@Transactional(readOnly = true)
	public List<CounterfeitView> all() {
		access.require();
		List<SiteSummary> group = sites.all();
		return store.counterfeits(1000).stream()
			.map(found -> new CounterfeitView(found.id(), found.domain(), found.url(), found.siteId(),
					found.siteId() == null ? null : Vulnerabilities.siteName(group, found.siteId()), found.description(),
					"CITIZEN".equals(found.source()), found.reporter(), found.state(), found.reportedOn(), found.verifiedOn(),
					found.referredOn(), found.closedOn(), found.note()))
			.toList();
	}


}
