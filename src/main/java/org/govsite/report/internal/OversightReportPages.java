package org.govsite.report.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.govsite.publish.HomeReports;
import org.govsite.publish.SitePage;
import org.govsite.publish.SitePage.Cell;
import org.govsite.publish.SitePage.Href;
import org.govsite.publish.SitePage.Section;
import org.govsite.publish.SitePage.Table;
import org.govsite.publish.SitePageSource;
import org.govsite.report.AnnualWebsiteReport;
import org.govsite.report.OversightReports;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteKind;
import org.govsite.site.SiteSummary;

import org.springframework.stereotype.Component;

/**
 * Each published oversight report as a static page of the group's portal, {@code jianguan/<year>.html},
 * as it was published, one table per section; the newest is linked from the portal's home page
 * (政务公开 block) and every one from its site map, as the annual website reports are on their sites.
 */
@Component
public class OversightReportPages implements SitePageSource, HomeReports {

	static final String FOLDER = "jianguan/";

	private final OversightStore store;

	private final SiteDirectory sites;

	private final ZoneId zone;

	OversightReportPages(OversightStore store, SiteDirectory sites, Clock clock) {
		this.store = store;
		this.sites = sites;
		this.zone = clock.getZone();
	}

	static String path(int year) {
		return FOLDER + year + ".html";
	}

	@Override
	public String folder() {
		return FOLDER;
	}

	@Override
	public List<SitePage> pages(long siteId) {
		if (!portal(siteId)) {
			return List.of();
		}
		List<SitePage> pages = new ArrayList<>();
		for (int year : store.publishedYears()) {
			store.published(year).ifPresent(published -> pages.add(new SitePage(path(year), title(year), null, List.of(),
					sections(published.sections()), published.at().atZone(zone).toLocalDate())));
		}
		return pages;
	}

	@Override
	public List<HomeReports.Report> of(long siteId) {
		if (!portal(siteId)) {
			return List.of();
		}
		return store.publishedYears().stream()
			.max(Integer::compare)
			.map(year -> List.of(new HomeReports.Report(title(year), path(year))))
			.orElse(List.of());
	}

	@Override
	public List<Href> siteMapEntries(long siteId) {
		if (!portal(siteId)) {
			return List.of();
		}
		return store.publishedYears().stream().map(year -> Href.page(title(year), path(year), null)).toList();
	}

	private static String title(int year) {
		return OversightReports.TITLE + "（" + year + "年度）";
	}

	private static List<Section> sections(List<AnnualWebsiteReport.Section> published) {
		List<Section> sections = new ArrayList<>();
		for (AnnualWebsiteReport.Section section : published) {
			List<List<Cell>> rows = new ArrayList<>();
			for (AnnualWebsiteReport.Line line : section.lines()) {
				rows.add(List.of(Cell.head(line.label()), Cell.data(line.value())));
			}
			sections.add(new Section(section.title(), List.of(), List.of(),
					List.of(new Table(section.title(), List.of(), rows)), null));
		}
		return sections;
	}

	private boolean portal(long siteId) {
		return groupPortal(sites.all()).filter(portal -> portal.id() == siteId).isPresent();
	}

	/** The portal the oversight report is the group's report of, and published on: the first portal. */
	public static Optional<SiteSummary> groupPortal(List<SiteSummary> all) {
		return all.stream().filter(site -> site.kind() == SiteKind.PORTAL).findFirst();
	}
}
