package org.govsite.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.govsite.assessment.SpotCheck;
import org.govsite.assessment.SpotChecks;
import org.govsite.identity.StaffAccess;
import org.govsite.interaction.ErrorReports;
import org.govsite.interaction.ErrorReports.ErrorReportFigures;
import org.govsite.monitor.ProblemYear;
import org.govsite.monitor.Rectification;
import org.govsite.platform.NotFound;
import org.govsite.platform.RuleViolation;
import org.govsite.publish.PublishJobs;
import org.govsite.report.AnnualTemplate.FieldType;
import org.govsite.report.internal.AnnualDocuments;
import org.govsite.report.internal.OversightReportPages;
import org.govsite.report.internal.OversightStore;
import org.govsite.secops.SecurityFigures;
import org.govsite.secops.SecurityYear;
import org.govsite.site.HistoryEntry;
import org.govsite.site.LifecycleStep;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteKind;
import org.govsite.site.SiteManagement;
import org.govsite.site.SiteState;
import org.govsite.site.SiteSummary;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervisor's yearly oversight report (SPEC.md §10): what the group's supervising office did
 * in the year, counted from the inspection data through the owning modules: the quarterly spot
 * checks (assessment) and the problems the daily inspection found and had rectified, per kind
 * (monitor), the sites opened, closed (their content moved to another site) and taken out of
 * supervision (site's lifecycle history), the 我为政府网站找错 reports received and answered on time
 * (interaction), the security checks and counterfeit sites (secops); and what the platform cannot
 * know (training) entered by staff, kept per year. Shaped as the annual website report is, so that
 * it is exported the same way (xlsx, docx); the system administrator's. Like the annual website
 * report it is published once the year is over: then kept as it stood (frozen, whatever the data
 * does after) and published on the group's portal, {@code jianguan/<year>.html}, linked from its
 * home page and site map.
 */
@Service
@Transactional(readOnly = true)
public class OversightReports {

	public static final String TITLE = "政府网站监管年度工作报告";

	/** The fields staff enter, in the order the report shows them. */
	static final List<AnnualTemplate.Field> ENTERED = List.of(
			new AnnualTemplate.Field("training.sessions", "组织培训（次）", FieldType.NUMBER, false),
			new AnnualTemplate.Field("training.people", "培训人数（人次）", FieldType.NUMBER, false),
			new AnnualTemplate.Field("notes", "其他需要说明的情况", FieldType.TEXT, false));

	private final SpotChecks spotChecks;

	private final Rectification rectification;

	private final SiteDirectory sites;

	private final SiteManagement lifecycle;

	private final ErrorReports errorReports;

	private final OversightStore store;

	private final PublishJobs publishing;

	private final SecurityFigures security;

	private final StaffAccess access;

	private final MessageSource messages;

	private final Clock clock;

	OversightReports(SpotChecks spotChecks, Rectification rectification, SiteDirectory sites, SiteManagement lifecycle,
			ErrorReports errorReports, OversightStore store, SecurityFigures security, StaffAccess access, MessageSource messages, Clock clock,
			PublishJobs publishing) {
		this.publishing = publishing;
		this.security = security;
		this.spotChecks = spotChecks;
		this.rectification = rectification;
		this.sites = sites;
		this.lifecycle = lifecycle;
		this.errorReports = errorReports;
		this.store = store;
		this.access = access;
		this.messages = messages;
		this.clock = clock;
	}

	/** Whether the signed-in user may read it (the system administrator). */
	public boolean readable() {
		return access.isSystemAdmin();
	}

	/** The year's report: as published, or a draft with the figures as they stand now. */
	public AnnualWebsiteReport report(int year) {
		requireReadable();
		requireYear(year);
		Optional<OversightStore.Published> published = store.published(year);
		if (published.isPresent()) {
			return frozen(year, published.get());
		}
		List<SiteSummary> all = sites.all();
		SiteSummary portal = all.stream().filter(site -> site.kind() == SiteKind.PORTAL).findFirst().orElse(null);
		List<AnnualWebsiteReport.Section> sections = new ArrayList<>();
		sections.add(new AnnualWebsiteReport.Section("网站概况", List.of(
				counted("sites.serving", "运行网站数（个）", all.stream().filter(site -> site.state().isServing()).count()),
				counted("sites.portals", "其中：政府门户网站（个）",
						all.stream().filter(site -> site.state().isServing() && site.kind() == SiteKind.PORTAL).count()),
				counted("sites.opened", "本年度新开设网站（个）", steps(all, year, LifecycleStep.GO_ONLINE, SiteState.APPROVED)),
				counted("sites.closed", "本年度关停整合网站（个）", steps(all, year, LifecycleStep.COMPLETE_CLOSING, null)),
				counted("sites.leftSupervision", "本年度退出监管网站（个）",
						steps(all, year, LifecycleStep.LEAVE_SUPERVISION, null)))));
		List<SpotCheck> checks = spotChecks.all().stream()
			.filter(check -> check.quarter().startsWith(year + "Q"))
			.sorted(java.util.Comparator.comparing(SpotCheck::quarter))
			.toList();
		sections.add(new AnnualWebsiteReport.Section("季度抽查", List.of(
				counted("spotChecks.rounds", "抽查次数（次）", checks.size()),
				counted("spotChecks.sites", "抽查网站数（个次）", checks.stream().mapToLong(check -> check.siteIds().size()).sum()),
				text("spotChecks.quarters", "抽查季度",
						String.join("、", checks.stream().map(check -> check.quarter() + "（" + check.share() + "%）").toList())))));
		List<ProblemYear> problems = rectification.year(year);
		List<AnnualWebsiteReport.Line> inspection = new ArrayList<>();
		inspection.add(counted("inspection.found", "日常监测发现问题（个）", problems.stream().mapToLong(ProblemYear::found).sum()));
		inspection.add(counted("inspection.closed", "已整改问题（个）", problems.stream().mapToLong(ProblemYear::closed).sum()));
		for (ProblemYear kind : problems) {
			inspection.add(text("inspection." + kind.kind().code(), label(kind),
					"发现 " + kind.found() + " 个，整改 " + kind.closed() + " 个"));
		}
		sections.add(new AnnualWebsiteReport.Section("日常监测与整改", inspection));
		ErrorReportFigures errors = errorReports.figuresOfYear(year);
		sections.add(new AnnualWebsiteReport.Section("网民纠错（我为政府网站找错）", List.of(
				counted("errorReports.received", "收到网民纠错留言（条）", errors.received()),
				counted("errorReports.answered", "已答复（条）", errors.answered()),
				counted("errorReports.onTime", "按期答复（条）", errors.answeredOnTime()))));
		SecurityYear secured = security.ofGroup(year);
		sections.add(new AnnualWebsiteReport.Section("安全检查与假冒网站处置", List.of(
				counted("security.checks", "安全检测（个次）", secured.checks()),
				counted("security.problems", "发现安全问题（个）", secured.problemsFound()),
				counted("security.fixed", "已整改安全问题（个）", secured.problemsFixed()),
				counted("security.drills", "应急演练（次）", secured.drills()),
				counted("counterfeit.found", "发现假冒政府网站（个）", secured.counterfeitFound()),
				counted("counterfeit.dealt", "处置假冒政府网站（个）", secured.counterfeitDealt()))));
		Map<String, String> entered = store.entered(year);
		sections.add(new AnnualWebsiteReport.Section("培训", ENTERED.stream()
			.map(field -> new AnnualWebsiteReport.Line(field.key(), field.label(), field.type(), false,
					entered.getOrDefault(field.key(), "")))
			.toList()));
		return new AnnualWebsiteReport(portal == null ? 0 : portal.id(), portal == null ? "" : portal.name(),
				portal == null ? null : portal.siteCode(), year, TITLE, LocalDate.of(year + 1, 1, 31), null, sections);
	}

	/**
	 * Keeps what staff entered in the fields the platform does not count, checked as the annual
	 * website report checks its own.
	 *
	 * @throws org.govsite.platform.RuleViolation naming the field whose value cannot be one
	 */
	@Transactional
	public void save(int year, Map<String, String> form) {
		requireReadable();
		requireYear(year);
		requireDraft(year);
		Map<String, String> kept = new LinkedHashMap<>();
		for (AnnualTemplate.Field field : ENTERED) {
			String value = form.getOrDefault(field.key(), "").strip();
			if (!value.isEmpty()) {
				AnnualReports.check(field, value);
				kept.put(field.key(), value);
			}
		}
		store.saveEntered(year, kept);
	}

	/**
	 * Publishes a past year's report: it is kept as it stands now, counted and entered, and
	 * published on the group's portal.
	 *
	 * @throws RuleViolation when the year is not over or the report is already published
	 */
	@Transactional
	public AnnualWebsiteReport publish(int year) {
		AnnualWebsiteReport draft = report(year);
		if (draft.published()) {
			throw new RuleViolation("report.oversight.published", String.valueOf(year));
		}
		if (year >= LocalDate.now(clock).getYear()) {
			throw new RuleViolation("report.annual.yearNotOver", String.valueOf(year));
		}
		if (!store.publish(year, draft.sections(), Objects.requireNonNullElse(access.currentUsername(), "system"),
				clock.instant())) {
			throw new RuleViolation("report.oversight.published", String.valueOf(year));
		}
		if (draft.siteId() != 0) {
			// the report's portal publishes it: its page, then its home page, whose 政务公开 block links to it
			String reason = TITLE + "（" + year + "年度）";
			publishing.publishSitePages(draft.siteId(), reason);
			publishing.homeReportsChanged(draft.siteId(), reason);
		}
		return report(year);
	}

	public byte[] xlsx(int year) {
		return AnnualDocuments.xlsx(report(year));
	}

	public byte[] docx(int year) {
		return AnnualDocuments.docx(report(year), clock.getZone());
	}

	/**
	 * How many sites took that lifecycle step in the year ({@code from}: only out of that state,
	 * e.g. going online out of APPROVED is a first opening, not a return from being offline).
	 */
	private long steps(List<SiteSummary> all, int year, LifecycleStep step, @Nullable SiteState from) {
		return all.stream()
			.filter(site -> lifecycle.history(site.id()).stream().anyMatch(entry -> taken(entry, year, step, from)))
			.count();
	}

	private boolean taken(HistoryEntry entry, int year, LifecycleStep step, @Nullable SiteState from) {
		return entry.step() == step && (from == null || entry.from() == from)
				&& entry.at().atZone(clock.getZone()).getYear() == year;
	}

	private AnnualWebsiteReport frozen(int year, OversightStore.Published published) {
		SiteSummary portal = OversightReportPages.groupPortal(sites.all()).orElse(null);
		return new AnnualWebsiteReport(portal == null ? 0 : portal.id(), portal == null ? "" : portal.name(),
				portal == null ? null : portal.siteCode(), year, TITLE, LocalDate.of(year + 1, 1, 31), published.at(),
				published.sections());
	}

	private void requireDraft(int year) {
		if (store.published(year).isPresent()) {
			throw new RuleViolation("report.oversight.published", String.valueOf(year));
		}
	}

	private void requireReadable() {
		if (!readable()) {
			throw new AccessDeniedException("report");
		}
	}

	/** A year the platform cannot have watched (or one no date can hold) has no report. */
	private void requireYear(int year) {
		if (year < 2000 || year > LocalDate.now(clock).getYear()) {
			throw new NotFound("report", year);
		}
	}

	private String label(ProblemYear kind) {
		return messages.getMessage("monitor.kind." + kind.kind().code(), null, kind.kind().code(), LocaleContextHolder.getLocale());
	}

	private static AnnualWebsiteReport.Line counted(String key, String label, long value) {
		return new AnnualWebsiteReport.Line(key, label, FieldType.NUMBER, true, String.valueOf(value));
	}

	private static AnnualWebsiteReport.Line text(String key, String label, String value) {
		return new AnnualWebsiteReport.Line(key, label, FieldType.TEXT, true, value);
	}
}
