package org.govsite.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.govsite.assessment.SpotCheck;
import org.govsite.assessment.SpotChecks;
import org.govsite.identity.StaffAccess;
import org.govsite.monitor.ProblemYear;
import org.govsite.monitor.Rectification;
import org.govsite.platform.NotFound;
import org.govsite.report.AnnualTemplate.FieldType;
import org.govsite.report.internal.AnnualDocuments;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteKind;
import org.govsite.site.SiteSummary;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervisor's yearly oversight report (SPEC.md §10): what the group's supervising office did
 * in the year, counted from the inspection data through the owning modules: the quarterly spot
 * checks (assessment) and the problems the daily inspection found and had rectified, per kind
 * (monitor). Shaped as the annual website report is, so that it is exported the same way (xlsx,
 * docx); the system administrator's.
 */
@Service
@Transactional(readOnly = true)
public class OversightReports {

	static final String TITLE = "政府网站监管年度工作报告";

	private final SpotChecks spotChecks;

	private final Rectification rectification;

	private final SiteDirectory sites;

	private final StaffAccess access;

	private final MessageSource messages;

	private final Clock clock;

	OversightReports(SpotChecks spotChecks, Rectification rectification, SiteDirectory sites, StaffAccess access,
			MessageSource messages, Clock clock) {
		this.spotChecks = spotChecks;
		this.rectification = rectification;
		this.sites = sites;
		this.access = access;
		this.messages = messages;
		this.clock = clock;
	}

	/** Whether the signed-in user may read it (the system administrator). */
	public boolean readable() {
		return access.isSystemAdmin();
	}

	/** The year's report, as the figures stand now. */
	public AnnualWebsiteReport report(int year) {
		if (!readable()) {
			throw new AccessDeniedException("report");
		}
		// a year the platform cannot have watched (or one no date can hold) has no report
		if (year < 2000 || year > LocalDate.now(clock).getYear()) {
			throw new NotFound("report", year);
		}
		List<SiteSummary> all = sites.all();
		SiteSummary portal = all.stream().filter(site -> site.kind() == SiteKind.PORTAL).findFirst().orElse(null);
		List<AnnualWebsiteReport.Section> sections = new ArrayList<>();
		sections.add(new AnnualWebsiteReport.Section("网站概况", List.of(
				counted("sites.serving", "运行网站数（个）", all.stream().filter(site -> site.state().isServing()).count()),
				counted("sites.portals", "其中：政府门户网站（个）",
						all.stream().filter(site -> site.state().isServing() && site.kind() == SiteKind.PORTAL).count()))));
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
		return new AnnualWebsiteReport(portal == null ? 0 : portal.id(), portal == null ? "" : portal.name(),
				portal == null ? null : portal.siteCode(), year, TITLE, LocalDate.of(year + 1, 1, 31), null, sections);
	}

	public byte[] xlsx(int year) {
		return AnnualDocuments.xlsx(report(year));
	}

	public byte[] docx(int year) {
		return AnnualDocuments.docx(report(year), clock.getZone());
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
