package org.govsite.report.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.govsite.publish.HomeReports;
import org.govsite.publish.SitePage;
import org.govsite.publish.SitePage.Cell;
import org.govsite.publish.SitePage.Section;
import org.govsite.publish.SitePage.Table;
import org.govsite.publish.SitePageSource;
import org.govsite.report.AnnualTemplate;

import org.springframework.stereotype.Component;

/**
 * Each published annual website report as a static page of its site, {@code reports/annual-<year>.html},
 * in the site's theme: the form as it was published, one table per section, given as plain values
 * (the publisher escapes every text). The newest is linked from the home page's 政务公开 block.
 */
@Component
class AnnualReportPages implements SitePageSource, HomeReports {

	static final String FOLDER = "reports/";

	private final AnnualStore store;

	private final AnnualTemplateStore templates;

	private final ZoneId zone;

	AnnualReportPages(AnnualStore store, AnnualTemplateStore templates, Clock clock) {
		this.store = store;
		this.templates = templates;
		this.zone = clock.getZone();
	}

	static String path(int year) {
		return FOLDER + "annual-" + year + ".html";
	}

	@Override
	public String folder() {
		return FOLDER;
	}

	@Override
	public List<SitePage> pages(long siteId) {
		AnnualTemplate template = templates.current();
		List<SitePage> pages = new ArrayList<>();
		for (int year : store.publishedYears(siteId)) {
			store.published(siteId, year).ifPresent(published -> pages.add(new SitePage(path(year),
					title(template, year), null, List.of(), sections(template, published.values()),
					published.at().atZone(zone).toLocalDate())));
		}
		return pages;
	}

	@Override
	public List<HomeReports.Report> of(long siteId) {
		return store.publishedYears(siteId).stream()
			.max(Integer::compare)
			.map(year -> List.of(new HomeReports.Report(title(templates.current(), year), path(year))))
			.orElse(List.of());
	}

	private static String title(AnnualTemplate template, int year) {
		return template.title() + "（" + year + "年度）";
	}

	private static List<Section> sections(AnnualTemplate template, Map<String, String> values) {
		List<Section> sections = new ArrayList<>();
		for (AnnualTemplate.Section section : template.sections()) {
			List<List<Cell>> rows = new ArrayList<>();
			for (AnnualTemplate.Field field : section.fields()) {
				rows.add(List.of(Cell.head(field.label()), Cell.data(values.getOrDefault(field.key(), ""))));
			}
			sections.add(new Section(section.title(), List.of(), List.of(),
					List.of(new Table(section.title(), List.of(), rows)), null));
		}
		return sections;
	}
}
