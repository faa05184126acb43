package org.govsite.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.govsite.disclosure.internal.CatalogueTriggers;
import org.govsite.disclosure.internal.DisclosureProperties;
import org.govsite.disclosure.internal.ReportCounts;
import org.govsite.disclosure.internal.ReportDocument;
import org.govsite.disclosure.internal.ReportStore;
import org.govsite.disclosure.internal.ReportWorkbook;
import org.govsite.identity.StaffAccess;
import org.govsite.platform.NotFound;
import org.govsite.platform.RuleViolation;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteKind;
import org.govsite.site.SitePageFacts;
import org.govsite.site.SiteSummary;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual disclosure report (2021 format) of each site's body: figures counted from live data,
 * staff's texts and review and lawsuit figures, the balance check before it may be published, and
 * the xlsx and docx exports, and its page on the site once published. A published report is kept
 * as published; next year's 上年结转 is its 结转下年度.
 */
@Service
@Transactional
public class DisclosureReports {

	private final ReportCounts counts;

	private final ReportStore store;

	private final DisclosureRequests requests;

	private final SiteDirectory sites;

	private final StaffAccess staff;

	private final DisclosureProperties properties;

	private final ReportWorkbook workbook;

	private final MessageSource messages;

	private final CatalogueTriggers triggers;

	private final ReportDocument document;

	private final Clock clock;

	DisclosureReports(ReportCounts counts, ReportStore store, DisclosureRequests requests, SiteDirectory sites,
			StaffAccess staff, DisclosureProperties properties, ReportWorkbook workbook, MessageSource messages,
			CatalogueTriggers triggers, ReportDocument document, Clock clock) {
		this.triggers = triggers;
		this.document = document;
		this.counts = counts;
		this.store = store;
		this.requests = requests;
		this.sites = sites;
		this.staff = staff;
		this.properties = properties;
		this.workbook = workbook;
		this.messages = messages;
		this.clock = clock;
	}

	/** The report of a year: as published, or a draft with the live figures. */
	@Transactional(readOnly = true)
	public AnnualReport report(long siteId, int year) {
		SiteSummary site = handled(siteId);
		return store.published(siteId, year).orElseGet(() -> draft(site, year));
	}

	private AnnualReport draft(SiteSummary site, int year) {
		ReportInput entered = store.entered(site.id(), year);
		ApplicationTable applications = counts.applications(site.id(), year);
		var previous = store.published(site.id(), year - 1);
		if (previous.isPresent()) {
			applications = applications.withCarriedIn(previous.get().applications().carriedOut());
		}
		return new AnnualReport(site.id(), body(site), year, false, null, properties.reportDue(site.kind(), year),
				entered.overview(), counts.proactive(site.id(), year, entered, clock.getZone()), applications, entered.review(),
				entered.problems(), entered.other(), previous.isPresent());
	}

	public void save(long siteId, int year, ReportInput input) {
		handled(siteId);
		requireDraft(siteId, year);
		if (input.licensing() < 0 || input.penalty() < 0 || input.coercion() < 0 || input.feesTenThousandYuan().signum() < 0
				|| negative(input.review().review()) || negative(input.review().directSuits())
				|| negative(input.review().suitsAfterReview())) {
			throw new RuleViolation("disclosure.report.negative");
		}
		store.saveEntered(siteId, year, input);
	}

	/**
	 * Publishes the report once its balance holds in every column: 新收 + 上年结转 = 办理结果总计 + 结转下年度.
	 * Only a past year's report is published.
	 */
	public AnnualReport publish(long siteId, int year) {
		SiteSummary site = handled(siteId);
		requireDraft(siteId, year);
		if (year >= LocalDate.now(clock).getYear()) {
			throw new RuleViolation("disclosure.report.yearNotOver", String.valueOf(year));
		}
		AnnualReport draft = draft(site, year);
		List<Integer> wrong = draft.applications().unbalancedColumns();
		if (!wrong.isEmpty()) {
			String columns = wrong.stream().map(column -> text("disclosure.report.column." + column)).collect(Collectors.joining("、"));
			throw new RuleViolation("disclosure.report.unbalanced", columns);
		}
		AnnualReport published = new AnnualReport(draft.siteId(), draft.body(), year, true, clock.instant(), draft.dueOn(),
				draft.overview(), draft.proactive(), draft.applications(), draft.review(), draft.problems(), draft.other(),
				draft.carriedInFromReport());
		store.saveEntered(siteId, year, store.entered(siteId, year));
		store.publish(published, Objects.requireNonNullElse(staff.currentUsername(), "system"), clock.instant());
		// on the site as a page of its disclosure area, not only as a download
		triggers.republish(siteId);
		return published;
	}

	/** The report as a workbook: one sheet per section with tables. */
	@Transactional(readOnly = true)
	public byte[] xlsx(long siteId, int year) {
		return workbook.write(report(siteId, year));
	}

	/** The report as a document: the sections and tables of its page on the site. */
	@Transactional(readOnly = true)
	public byte[] docx(long siteId, int year) {
		return document.write(report(siteId, year), clock.getZone());
	}

	/** The reports of the user's bodies that are due within the reminder days and not yet published. */
	@Transactional(readOnly = true)
	public List<AnnualReport> awaitingPublication() {
		LocalDate today = LocalDate.now(clock);
		int year = today.getYear() - 1;
		return requests.handledSiteList()
			.stream()
			.filter(site -> !today.isBefore(properties.reportDue(site.kind(), year).minusDays(properties.reportReminderDays())))
			.filter(site -> store.published(site.id(), year).isEmpty())
			.map(site -> draft(site, year))
			.toList();
	}

	/** The sites whose reports the user keeps. */
	public List<SiteSummary> sites() {
		return requests.handledSiteList();
	}

	/** The deadline of a body's report. */
	public LocalDate dueOn(SiteKind kind, int year) {
		return properties.reportDue(kind, year);
	}

	private void requireDraft(long siteId, int year) {
		if (store.published(siteId, year).isPresent()) {
			throw new RuleViolation("disclosure.report.published", String.valueOf(year));
		}
	}

	private SiteSummary handled(long siteId) {
		return requests.handledSiteList()
			.stream()
			.filter(site -> site.id() == siteId)
			.findFirst()
			.orElseThrow(() -> new NotFound("site", siteId));
	}

	private String body(SiteSummary site) {
		return sites.pageFacts(site.id()).map(SitePageFacts::sponsor).filter(sponsor -> !sponsor.isBlank()).orElse(site.name());
	}

	private static boolean negative(int[] row) {
		return java.util.Arrays.stream(row).anyMatch(value -> value < 0);
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}
}
