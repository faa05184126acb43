package org.govsite.interaction;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.govsite.calendar.WorkingCalendar;
import org.govsite.interaction.internal.ErrorReportStore;
import org.govsite.interaction.internal.PersonalData;
import org.govsite.platform.NotFound;
import org.govsite.platform.QueryCodes;
import org.govsite.platform.RuleViolation;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 我为政府网站找错: a reader reports an error on a page of a site (its address, the kind of error,
 * what is wrong, a contact if they like) and follows it with a query code; the site answers within
 * 1 working day from the day of receipt (SPEC.md §7).
 */
@Service
@Transactional
public class ErrorReports {

	/** SPEC.md §7: error reports are answered within one working day. */
	static final int WORKING_DAYS = 1;

	private final ErrorReportStore reports;

	private final SiteDirectory sites;

	private final PersonalData personal;

	private final WorkingCalendar calendar;

	private final Clock clock;

	ErrorReports(ErrorReportStore reports, SiteDirectory sites, PersonalData personal, WorkingCalendar calendar, Clock clock) {
		this.reports = reports;
		this.sites = sites;
		this.personal = personal;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** A report as the form sends it; everything but the contact is required. */
	public record NewErrorReport(@Nullable String siteCode, @Nullable String pageUrl, @Nullable String kind,
			@Nullable String description, @Nullable String contact) {
	}

	/** Takes a report, checked field by field; nothing is stored when a field is refused. */
	public LetterReceipt submit(NewErrorReport report) {
		SiteSummary site = sites.all().stream().filter(found -> found.siteCode() != null && found.siteCode().equals(report.siteCode()))
			.filter(SiteSummary::errorReportEnabled)
			.findFirst()
			.orElseThrow(() -> new LetterRefused(404, "interaction.error.noSite"));
		String url = required(report.pageUrl(), 500, "url");
		if (!webAddress(url)) {
			throw new LetterRefused(400, "interaction.error.url");
		}
		ErrorKind kind = kind(report.kind());
		String description = required(report.description(), 2000, "description");
		String contact = optional(report.contact(), 100, "contact");
		LocalDate receiptDay = calendar.receiptDay(LocalDate.now(clock));
		LocalDate due = calendar.addWorkingDays(receiptDay, WORKING_DAYS);
		String code = QueryCodes.next();
		reports.insert(site.id(), code, url, kind.name(), description, personal.sealOptional(contact), clock.instant(), due);
		return new LetterReceipt(code, due);
	}

	/** Where the report of that code stands. */
	@Transactional(readOnly = true)
	public Optional<ErrorReportStatus> follow(String queryCode) {
		return reports.byCode(QueryCodes.normalized(queryCode))
			.map(stored -> new ErrorReportStatus(stored.queryCode(),
					sites.find(stored.siteId()).map(SiteSummary::name).orElse(""), stored.pageUrl(),
					ErrorKind.valueOf(stored.kind()), stored.description(),
					LocalDate.ofInstant(stored.receivedAt(), clock.getZone()), stored.dueOn(), stored.answer()));
	}

	/** A report as a handler sees it in the console (without the contact). */
	public record ErrorReportLine(long id, String site, String pageUrl, ErrorKind kind, String description,
			LocalDate receivedOn, LocalDate answerBy, boolean overdue, @Nullable String answer) {
	}

	/** The reports of the sites the signed-in user handles letters for, unanswered first. */
	@Transactional(readOnly = true)
	public List<ErrorReportLine> mine() {
		LocalDate today = LocalDate.now(clock);
		return reports.ofSites(LetterAccess.sitesOf(LetterAccess.user()), 200).stream()
			.map(stored -> new ErrorReportLine(stored.id(), sites.find(stored.siteId()).map(SiteSummary::name).orElse(""),
					stored.pageUrl(), ErrorKind.valueOf(stored.kind()), stored.description(),
					LocalDate.ofInstant(stored.receivedAt(), clock.getZone()), stored.dueOn(),
					stored.answer() == null && today.isAfter(stored.dueOn()), stored.answer()))
			.toList();
	}

	/**
	 * A site's error reports counted (SPEC.md §7: answered within 1 working day).
	 *
	 * @param answeredOnTime answered on or before their day
	 * @param overdue unanswered past their day
	 */
	public record ErrorReportFigures(long siteId, String site, int received, int answered, int answeredOnTime, int waiting,
			int overdue) {
	}

	/** The counts of each site the signed-in user handles letters for (sites without reports are left out). */
	@Transactional(readOnly = true)
	public List<ErrorReportFigures> figuresOfMine() {
		return figures(LetterAccess.sitesOf(LetterAccess.user()));
	}

	/** The counts of the site with that 标识码, as its pages show them. */
	@Transactional(readOnly = true)
	public Optional<ErrorReportFigures> figures(String siteCode) {
		return sites.all().stream().filter(site -> siteCode.equals(site.siteCode())).findFirst()
			.map(site -> figures(Set.of(site.id())).stream().findFirst()
				.orElse(new ErrorReportFigures(site.id(), site.name(), 0, 0, 0, 0, 0)));
	}

	/** The whole group's reports received in the year counted together, for the supervisor's yearly report (site id 0). */
	@Transactional(readOnly = true)
	public ErrorReportFigures figuresOfYear(int year) {
		ErrorReportStore.Counts counts = reports.countsOfYear(year, LocalDate.now(clock), clock.getZone());
		return new ErrorReportFigures(0, "", counts.received(), counts.answered(), counts.answeredOnTime(), counts.waiting(),
				counts.overdue());
	}

	private List<ErrorReportFigures> figures(Set<Long> siteIds) {
		return reports.counts(siteIds, LocalDate.now(clock), clock.getZone()).stream()
			.map(counts -> new ErrorReportFigures(counts.siteId(), sites.find(counts.siteId()).map(SiteSummary::name).orElse(""),
					counts.received(), counts.answered(), counts.answeredOnTime(), counts.waiting(), counts.overdue()))
			.toList();
	}

	/** An unanswered report, for the 工作台 of the site's handlers. */
	public record WaitingReport(long id, String site, String pageUrl, LocalDate answerBy) {
	}

	@Transactional(readOnly = true)
	public List<WaitingReport> waitingFor(Set<Long> siteIds) {
		return reports.waiting(siteIds).stream()
			.map(stored -> new WaitingReport(stored.id(), sites.find(stored.siteId()).map(SiteSummary::name).orElse(""),
					stored.pageUrl(), stored.dueOn()))
			.toList();
	}

	/** A handler of the site answers the report, once; the reporter reads the answer with the code. */
	public void answer(long id, String text) {
		ErrorReportStore.StoredReport stored = reports.lock(id).orElseThrow(() -> new NotFound("errorReport", id));
		LetterAccess.requireHandler(stored.siteId());
		if (stored.answer() != null) {
			throw new RuleViolation("interaction.error.answered");
		}
		if (text.isBlank()) {
			throw new RuleViolation("interaction.letter.replyRequired");
		}
		reports.answer(id, text.strip(), LetterAccess.user().getName(), clock.instant());
	}

	private static boolean webAddress(String url) {
		try {
			URI uri = new URI(url);
			return uri.getHost() != null && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
		}
		catch (java.net.URISyntaxException e) {
			return false;
		}
	}

	private static ErrorKind kind(@Nullable String kind) {
		if (kind == null || kind.isBlank()) {
			throw new LetterRefused(400, "interaction.error.required.kind");
		}
		try {
			return ErrorKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new LetterRefused(400, "interaction.error.required.kind");
		}
	}

	private static String required(@Nullable String value, int max, String field) {
		return Letters.required(value, max, "interaction.error.", field);
	}

	private static @Nullable String optional(@Nullable String value, int max, String field) {
		return Letters.optional(value, max, "interaction.error.", field);
	}
}
