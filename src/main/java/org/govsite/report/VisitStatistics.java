package org.govsite.report;

import java.time.LocalDate;
import java.util.List;

import org.govsite.identity.StaffAccess;
import org.govsite.platform.NotFound;
import org.govsite.platform.RuleViolation;
import org.govsite.report.internal.VisitQueries;
import org.govsite.report.internal.VisitWorkbook;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The visit statistics of the sites a user manages: trends, top pages, channels, referrers, search terms. */
@Service
@Transactional(readOnly = true)
public class VisitStatistics {

	static final int TOP = 20;

	/** At most a little over a year at once: the chart has one point a day. */
	static final int MAX_DAYS = 400;

	private final VisitQueries queries;

	private final SiteDirectory sites;

	private final StaffAccess access;

	VisitStatistics(VisitQueries queries, SiteDirectory sites, StaffAccess access) {
		this.queries = queries;
		this.sites = sites;
		this.access = access;
	}

	public List<SiteSummary> sites() {
		return sites.all().stream().filter(site -> access.managesSite(site.id())).toList();
	}

	public VisitFigures figures(long siteId, LocalDate from, LocalDate to) {
		SiteSummary site = sites.find(siteId).orElseThrow(() -> new NotFound("site", siteId));
		if (!access.managesSite(siteId)) {
			throw new AccessDeniedException("report");
		}
		return counted(site, from, to);
	}

	/** The same for the platform's own code (the annual report), which checks who may ask. */
	VisitFigures counted(SiteSummary site, LocalDate from, LocalDate to) {
		if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
			throw new RuleViolation("report.visits.period", String.valueOf(MAX_DAYS));
		}
		long id = site.id();
		return new VisitFigures(id, site.name(), from, to, queries.days(id, from, to), queries.pages(id, from, to, TOP),
				queries.channels(id, from, to, TOP), queries.texts("report_referrer_day", "host", "views", id, from, to, TOP),
				queries.texts("report_search_day", "term", "count", id, from, to, TOP));
	}

	public byte[] xlsx(long siteId, LocalDate from, LocalDate to) {
		return VisitWorkbook.write(figures(siteId, from, to));
	}
}
