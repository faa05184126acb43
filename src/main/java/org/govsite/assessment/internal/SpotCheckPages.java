package org.govsite.assessment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.govsite.assessment.SpotCheckResult;
import org.govsite.assessment.Verdict;
import org.govsite.publish.SitePage;
import org.govsite.publish.SitePage.Cell;
import org.govsite.publish.SitePage.Href;
import org.govsite.publish.SitePage.Section;
import org.govsite.publish.SitePage.Table;
import org.govsite.publish.SitePageSource;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteKind;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The published spot checks' results on the group's portal (SPEC.md §9: quarterly publication of
 * results on the portal), {@code jiancha/index.html} listing the quarters and one page per quarter,
 * listed in the portal's site map.
 */
@Component
class SpotCheckPages implements SitePageSource {

	static final String FOLDER = "jiancha/";

	static final String INDEX = FOLDER + "index.html";

	private final SpotCheckResultStore results;

	private final SiteDirectory sites;

	private final MessageSource messages;

	private final Clock clock;

	SpotCheckPages(SpotCheckResultStore results, SiteDirectory sites, MessageSource messages, Clock clock) {
		this.results = results;
		this.sites = sites;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public String folder() {
		return FOLDER;
	}

	@Override
	public List<SitePage> pages(long siteId) {
		List<String> quarters = portal(siteId) ? results.publishedQuarters() : List.of();
		if (quarters.isEmpty()) {
			return List.of();
		}
		LocalDate today = LocalDate.now(clock);
		List<SitePage> pages = new ArrayList<>();
		List<Href> links = quarters.stream().map(quarter -> Href.page(title(quarter), page(quarter), null)).toList();
		pages.add(new SitePage(INDEX, text("assessment.spotPage.index"), text("assessment.spotPage.intro"), List.of(),
				List.of(Section.of(text("assessment.spotPage.quarters"), links, null)), today));
		Href up = Href.page(text("assessment.spotPage.index"), INDEX, null);
		for (String quarter : quarters) {
			List<List<Cell>> body = results.results(quarter).stream().map(this::row).toList();
			Table table = new Table(title(quarter), List.of(List.of(Cell.head(text("assessment.spotPage.site")),
					Cell.head(text("assessment.spotPage.verdict")), Cell.head(text("assessment.spotPage.score")),
					Cell.head(text("assessment.spotPage.scoredOn")))), body);
			pages.add(new SitePage(page(quarter), title(quarter), text("assessment.spotPage.quarterIntro", body.size()),
					List.of(up), List.of(new Section(title(quarter), List.of(), List.of(), List.of(table), null)), today));
		}
		return pages;
	}

	@Override
	public List<Href> siteMapEntries(long siteId) {
		return portal(siteId) && !results.publishedQuarters().isEmpty()
				? List.of(Href.page(text("assessment.spotPage.index"), INDEX, null))
				: List.of();
	}

	private List<Cell> row(SpotCheckResult result) {
		String verdict = result.verdict() == null ? text("assessment.spotPage.unscored")
				: text(result.verdict() == Verdict.PASS ? "assessment.verdict.pass" : "assessment.verdict.fail");
		return List.of(Cell.data(result.siteName()), Cell.data(verdict),
				Cell.data(result.score() == null ? "—" : result.score().toPlainString()),
				Cell.data(result.scoredOn() == null ? "—" : result.scoredOn().toString()));
	}

	/** The group's portal: a portal with no parent. */
	private boolean portal(long siteId) {
		return sites.find(siteId).filter(site -> site.kind() == SiteKind.PORTAL && site.parentId() == null).isPresent();
	}

	private String title(String quarter) {
		return text("assessment.spotPage.quarter", quarter.substring(0, 4), quarter.substring(5));
	}

	private static String page(String quarter) {
		return FOLDER + quarter.toLowerCase(Locale.ROOT) + ".html";
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
	}
}
