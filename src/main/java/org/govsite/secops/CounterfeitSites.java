package org.govsite.secops;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.govsite.platform.FieldCipher;
import org.govsite.platform.NotFound;
import org.govsite.platform.RuleViolation;
import org.govsite.platform.TextChecker;
import org.govsite.secops.internal.SecopsAlerts;
import org.govsite.secops.internal.SecopsAccess;
import org.govsite.secops.internal.SecopsStore;
import org.govsite.secops.internal.SecopsStore.StoredCounterfeit;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counterfeit government sites and domains (假冒网站, SPEC.md §12), found by staff or monitoring and
 * entered by the security administrator, or reported by citizens on the public pages, each followed through report → verify → refer to the
 * cyberspace office (网信部门) → closed, the day of every step kept, and counted for the reports.
 */
@Service
@Transactional
public class CounterfeitSites {

	static final int TEXT_LENGTH = 2000;

	static final int CONTACT_LENGTH = 100;

	/** Who a citizen's report is recorded as coming from. */
	static final String CITIZEN = "网民举报";

	private final SecopsStore store;

	private final SiteDirectory sites;

	private final SecopsAlerts alerts;

	private final SecopsAccess access;

	private final FieldCipher cipher;

	private final ObjectProvider<TextChecker> checker;

	private final Clock clock;

	CounterfeitSites(SecopsStore store, SiteDirectory sites, SecopsAlerts alerts, SecopsAccess access, FieldCipher cipher,
			ObjectProvider<TextChecker> checker, Clock clock) {
		this.cipher = cipher;
		this.checker = checker;
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
		String domain = domainOf(given);
		String url = urlOf(given);
		if (siteId != null && sites.find(siteId).isEmpty()) {
			throw new NotFound("site", siteId);
		}
		String text = description == null || description.isBlank() ? null : description.strip();
		checkLength(text);
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

	/**
	 * A citizen's report (仿冒网站举报) from the public pages, without sign-in: the suspected site's
	 * address and what was seen are required, a contact is optional and sealed. Like every text a
	 * citizen writes it goes through the content check; what it finds blocking is kept with the
	 * report for the security administrator, and the report is taken all the same (nothing a
	 * citizen wrote is lost, and it is never published). It waits as 待核实 and the security
	 * administrators are told.
	 */
	public long report(CitizenReport report) {
		String given = report.address() == null ? "" : report.address().strip();
		if (given.isEmpty()) {
			throw new RuleViolation("secops.report.addressMissing");
		}
		String domain = domainOf(given);
		String text = report.description() == null ? "" : report.description().strip();
		if (text.length() < 2) {
			throw new RuleViolation("secops.report.descriptionMissing");
		}
		checkLength(text);
		String contact = report.contact() == null || report.contact().isBlank() ? null : report.contact().strip();
		if (contact != null && contact.length() > CONTACT_LENGTH) {
			throw new RuleViolation("secops.report.contactLength", CONTACT_LENGTH);
		}
		long id = store.createCounterfeit(domain, urlOf(given), null, text, "CITIZEN", CITIZEN, LocalDate.now(clock),
				clock.instant());
		store.citizenDetails(id, contact == null ? null : cipher.encrypt(contact), findings(given + "\n" + text));
		alerts.counterfeit(domain, CITIZEN);
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

	/** What a citizen typed into the report form; any of it may be missing. */
	public record CitizenReport(@Nullable String address, @Nullable String description, @Nullable String contact) {
	}

	@Transactional(readOnly = true)
	public List<CounterfeitView> all() {
		access.require();
		List<SiteSummary> group = sites.all();
		return store.counterfeits(1000).stream()
			.map(found -> new CounterfeitView(found.id(), found.domain(), found.url(), found.siteId(),
					found.siteId() == null ? null : Vulnerabilities.siteName(group, found.siteId()), found.description(),
					"CITIZEN".equals(found.source()), found.reporter(),
					found.contactSealed() == null ? null : cipher.decrypt(found.contactSealed()),
					found.findings() == null ? List.of() : List.of(found.findings().split("\n")), found.state(),
					found.reportedOn(), found.verifiedOn(), found.referredOn(), found.closedOn(), found.note()))
			.toList();
	}

	/** The host (and port) of a domain or URL as typed, refused when it is neither. */
	private static String domainOf(String given) {
		String domain = given.toLowerCase(java.util.Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("[/?#].*$", "");
		if (!domain.matches("[a-z0-9]([a-z0-9-]{0,62}\\.)+[a-z0-9-]{1,63}(:\\d{1,5})?")) {
			throw new RuleViolation("secops.counterfeit.domainInvalid", given);
		}
		return domain;
	}

	private static @Nullable String urlOf(String given) {
		return given.matches("(?i)https?://\\S+") ? given : null;
	}

	private static void checkLength(@Nullable String description) {
		if (description != null && description.length() > TEXT_LENGTH) {
			throw new RuleViolation("secops.counterfeit.descriptionLength", TEXT_LENGTH);
		}
	}

	/** The content check's blocking findings, one a line; null when none or without a checker (module tests). */
	private @Nullable String findings(String text) {
		TextChecker check = checker.getIfAvailable();
		List<String> blocking = check == null ? List.of()
				: check.check(text).stream().filter(TextChecker.Finding::blocking).map(TextChecker.Finding::description)
					.distinct().toList();
		return blocking.isEmpty() ? null : String.join("\n", blocking);
	}
}
