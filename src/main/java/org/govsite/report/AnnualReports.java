package org.govsite.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.govsite.identity.StaffAccess;
import org.govsite.platform.NotFound;
import org.govsite.platform.RuleViolation;
import org.govsite.publish.PublishJobs;
import org.govsite.report.internal.AnnualCounts;
import org.govsite.report.internal.AnnualDocuments;
import org.govsite.report.internal.AnnualStore;
import org.govsite.report.internal.ReportProperties;
import org.govsite.report.internal.AnnualTemplateStore;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual website report (政府网站工作年度报表, SPEC.md §10) of each site: the form's fields the
 * platform counts filled from live data, the rest entered by the site's managers, published once
 * the year is over (then kept as published, and published on the site as a static page,
 * {@code reports/annual-<year>.html}), exported as xlsx and docx, and readable by the public.
 */
@Service
@Transactional
public class AnnualReports {

	/** The longest text a field takes. */
	static final int TEXT_LENGTH = 2000;

	private final AnnualCounts counts;

	private final AnnualStore store;

	private final AnnualTemplateStore templates;

	private final SiteDirectory sites;

	private final StaffAccess access;

	private final ReportProperties properties;

	private final PublishJobs publishing;

	private final Clock clock;

	AnnualReports(AnnualCounts counts, AnnualStore store, AnnualTemplateStore templates, SiteDirectory sites,
			StaffAccess access, ReportProperties properties, PublishJobs publishing, Clock clock) {
		this.publishing = publishing;
		this.counts = counts;
		this.store = store;
		this.templates = templates;
		this.sites = sites;
		this.access = access;
		this.properties = properties;
		this.clock = clock;
	}

	/** The report of a year: as published, or a draft with today's counts and what staff entered. */
	@Transactional(readOnly = true)
	public AnnualWebsiteReport report(long siteId, int year) {
		SiteSummary site = managed(siteId);
		return store.published(siteId, year)
			.map(published -> shape(site, year, published.values(), Map.of(), published.at()))
			.orElseGet(() -> shape(site, year, store.entered(siteId, year), counts.of(siteId, year), null));
	}

	/**
	 * Keeps what staff entered in the fields the platform does not count.
	 *
	 * @throws RuleViolation naming the field whose value cannot be one
	 */
	public void save(long siteId, int year, Map<String, String> entered) {
		managed(siteId);
		requireDraft(siteId, year);
		Map<String, String> kept = new LinkedHashMap<>();
		for (AnnualTemplate.Section section : templates.current().sections()) {
			for (AnnualTemplate.Field field : section.fields()) {
				String value = entered.getOrDefault(field.key(), "").strip();
				if (value.isEmpty()) {
					continue;
				}
				check(field, value);
				kept.put(field.key(), value);
			}
		}
		store.saveEntered(siteId, year, kept);
	}

	/** Publishes a past year's report: its values, counted and entered, are kept as they are now. */
	public AnnualWebsiteReport publish(long siteId, int year) {
		SiteSummary site = managed(siteId);
		requireDraft(siteId, year);
		if (year >= LocalDate.now(clock).getYear()) {
			throw new RuleViolation("report.annual.yearNotOver", String.valueOf(year));
		}
		AnnualWebsiteReport draft = shape(site, year, store.entered(siteId, year), counts.of(siteId, year), null);
		Map<String, String> values = new LinkedHashMap<>();
		draft.sections().forEach(section -> section.lines().forEach(line -> values.put(line.key(), line.value())));
		store.saveEntered(siteId, year, store.entered(siteId, year));
		store.publish(siteId, year, values, Objects.requireNonNullElse(access.currentUsername(), "system"), clock.instant());
		// the jobs' reason is the report's own title, e.g. 政府网站工作年度报表（2025年度）: its page, then
		// the home page, whose 政务公开 block links to it
		String reason = templates.current().title() + "（" + year + "年度）";
		publishing.publishSitePages(siteId, reason);
		publishing.homeReportsChanged(siteId, reason);
		return report(siteId, year);
	}

	public byte[] xlsx(long siteId, int year) {
		return AnnualDocuments.xlsx(report(siteId, year));
	}

	public byte[] docx(long siteId, int year) {
		return AnnualDocuments.docx(report(siteId, year), clock.getZone());
	}

	/** A published report, for the site's readers. */
	@Transactional(readOnly = true)
	public Optional<AnnualWebsiteReport> published(String siteCode, int year) {
		return sites.all().stream()
			.filter(site -> siteCode.equals(site.siteCode()) && site.state().isServing())
			.findFirst()
			.flatMap(site -> store.published(site.id(), year)
				.map(published -> shape(site, year, published.values(), Map.of(), published.at())));
	}

	/** The sites whose last year's report is not published and due within the reminder days (or overdue). */
	@Transactional(readOnly = true)
	public List<AnnualWebsiteReport> dueSoon() {
		int year = LocalDate.now(clock).getYear() - 1;
		LocalDate due = properties.dueOn(year);
		if (LocalDate.now(clock).plusDays(properties.reminderDays()).isBefore(due)) {
			return List.of();
		}
		List<AnnualWebsiteReport> reports = new ArrayList<>();
		for (SiteSummary site : sites.all()) {
			if (site.state().isServing() && access.managesSite(site.id()) && store.published(site.id(), year).isEmpty()) {
				reports.add(new AnnualWebsiteReport(site.id(), site.name(), site.siteCode(), year, templates.current().title(),
						due, null, List.of()));
			}
		}
		return reports;
	}

	// --- the form ------------------------------------------------------------------------------

	/** Whether the signed-in user may change the form (the system administrator). */
	public boolean templateEditable() {
		return access.isSystemAdmin();
	}

	@Transactional(readOnly = true)
	public String templateBody() {
		requireSystemAdmin();
		return templates.body();
	}

	public void saveTemplate(String body) {
		requireSystemAdmin();
		templates.save(body, Objects.requireNonNullElse(access.currentUsername(), "system"), clock.instant());
	}

	public void resetTemplate() {
		requireSystemAdmin();
		templates.reset();
	}

	// ------------------------------------------------------------------------------------------

	private AnnualWebsiteReport shape(SiteSummary site, int year, Map<String, String> entered, Map<String, String> counted,
			@Nullable Instant publishedAt) {
		AnnualTemplate template = templates.current();
		List<AnnualWebsiteReport.Section> sections = new ArrayList<>();
		for (AnnualTemplate.Section section : template.sections()) {
			List<AnnualWebsiteReport.Line> lines = new ArrayList<>();
			for (AnnualTemplate.Field field : section.fields()) {
				boolean live = field.live() && counted.containsKey(field.key());
				String value = live ? counted.get(field.key()) : entered.getOrDefault(field.key(), "");
				lines.add(new AnnualWebsiteReport.Line(field.key(), field.label(), field.type(),
						live || publishedAt != null && field.live(), value));
			}
			sections.add(new AnnualWebsiteReport.Section(section.title(), lines));
		}
		return new AnnualWebsiteReport(site.id(), site.name(), site.siteCode(), year, template.title(),
				properties.dueOn(year), publishedAt, sections);
	}

	static void check(AnnualTemplate.Field field, String value) {
		switch (field.type()) {
			case NUMBER -> {
				if (!value.matches("\\d{1,12}(\\.\\d{1,2})?")) {
					throw new RuleViolation("report.annual.number", field.label());
				}
			}
			case YESNO -> {
				if (!value.equals("是") && !value.equals("否")) {
					throw new RuleViolation("report.annual.yesNo", field.label());
				}
			}
			case TEXT -> {
				if (value.length() > TEXT_LENGTH) {
					throw new RuleViolation("report.annual.tooLong", field.label(), String.valueOf(TEXT_LENGTH));
				}
			}
		}
	}

	private void requireDraft(long siteId, int year) {
		if (store.published(siteId, year).isPresent()) {
			throw new RuleViolation("report.annual.published", String.valueOf(year));
		}
	}

	private SiteSummary managed(long siteId) {
		SiteSummary site = sites.find(siteId).orElseThrow(() -> new NotFound("site", siteId));
		if (!access.managesSite(siteId)) {
			throw new AccessDeniedException("report");
		}
		return site;
	}

	private void requireSystemAdmin() {
		if (!access.isSystemAdmin()) {
			throw new AccessDeniedException("report");
		}
	}
}
