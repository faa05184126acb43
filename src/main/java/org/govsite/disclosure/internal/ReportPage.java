package org.govsite.disclosure.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.govsite.disclosure.AnnualReport;
import org.govsite.disclosure.ApplicationTable;
import org.govsite.disclosure.Outcome;
import org.govsite.disclosure.OutcomeGroup;
import org.govsite.disclosure.ProactiveFigures;
import org.govsite.disclosure.ReviewFigures;
import org.govsite.publish.SitePage;
import org.govsite.publish.SitePage.Cell;
import org.govsite.publish.SitePage.Href;
import org.govsite.publish.SitePage.Section;
import org.govsite.publish.SitePage.Table;

/**
 * A published annual disclosure report as a page of its site, laid out as the 2021 format's
 * tables with their grouped headers (the same figures as the report kept when it was published,
 * and as its xlsx export): sections 一 to 六.
 */
final class ReportPage {

	static final String FOLDER = CataloguePages.FOLDER + "annual/";

	private final Texts texts;

	private final ZoneId zone;

	ReportPage(Texts texts, ZoneId zone) {
		this.texts = texts;
		this.zone = zone;
	}

	static String path(int year) {
		return FOLDER + year + ".html";
	}

	SitePage page(AnnualReport report) {
		List<Section> sections = new ArrayList<>();
		sections.add(text(texts.text("disclosure.report.section1"), report.overview()));
		sections.add(new Section(texts.text("disclosure.report.section2"), List.of(), List.of(),
				proactive(report.proactive()), null));
		sections.add(new Section(texts.text("disclosure.report.section3"), List.of(), List.of(),
				List.of(applications(report.applications())), null));
		sections.add(new Section(texts.text("disclosure.report.section4"), List.of(), List.of(), List.of(review(report.review())),
				null));
		sections.add(text(texts.text("disclosure.report.section5"), report.problems()));
		sections.add(text(texts.text("disclosure.report.section6"), report.other()));
		String published = report.publishedAt() == null ? null
				: texts.text("disclosure.site.report.publishedOn", report.publishedAt().atZone(zone).toLocalDate().toString());
		return new SitePage(path(report.year()), texts.text("disclosure.report.heading", report.body(), String.valueOf(report.year())),
				published, List.of(Href.page(texts.text("disclosure.site.title"), CataloguePages.INDEX, null),
						Href.page(texts.text("disclosure.site.reports"), FOLDER + "index.html", null)),
				sections, report.publishedAt() == null ? java.time.LocalDate.now(zone) : report.publishedAt().atZone(zone).toLocalDate());
	}

	private Section text(String heading, String text) {
		List<String> paragraphs = Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
		return new Section(heading, paragraphs, List.of(), List.of(),
				paragraphs.isEmpty() ? texts.text("disclosure.site.report.nothing") : null);
	}

	private List<Table> proactive(ProactiveFigures figures) {
		Table documents = new Table(texts.text("disclosure.site.report.documents"),
				List.of(List.of(Cell.head(texts.text("disclosure.report.kind")), Cell.head(texts.text("disclosure.report.made")),
						Cell.head(texts.text("disclosure.report.repealed")), Cell.head(texts.text("disclosure.report.inForce")))),
				List.of(row(texts.text("disclosure.report.rules"), figures.rulesMade(), figures.rulesRepealed(), figures.rulesInForce()),
						row(texts.text("disclosure.report.normative"), figures.normativeMade(), figures.normativeRepealed(),
								figures.normativeInForce())));
		Table decisions = new Table(texts.text("disclosure.site.report.decisions"),
				List.of(List.of(Cell.head(texts.text("disclosure.report.kind")), Cell.head(texts.text("disclosure.site.report.figure")))),
				List.of(row(texts.text("disclosure.report.licensing"), figures.licensing()),
						row(texts.text("disclosure.report.penalty"), figures.penalty()),
						row(texts.text("disclosure.report.coercion"), figures.coercion()),
						List.of(Cell.head(texts.text("disclosure.report.fees")), Cell.data(figures.feesTenThousandYuan().toPlainString()))));
		return List.of(documents, decisions);
	}

	/** Section 三 in the format's shape: three label columns, then the seven applicant columns. */
	private Table applications(ApplicationTable table) {
		List<List<Cell>> head = new ArrayList<>();
		head.add(List.of(Cell.head(texts.text("disclosure.site.report.balance"), 3, 3),
				Cell.head(texts.text("disclosure.site.report.applicants"), ApplicationTable.COLUMNS, 1)));
		head.add(List.of(Cell.head(texts.text("disclosure.report.column.0"), 1, 2),
				Cell.head(texts.text("disclosure.site.report.legalPersons"), ApplicationTable.COLUMNS - 2, 1),
				Cell.head(texts.text("disclosure.report.column." + ApplicationTable.TOTAL), 1, 2)));
		List<Cell> kinds = new ArrayList<>();
		for (int column = 1; column < ApplicationTable.TOTAL; column++) {
			kinds.add(Cell.head(texts.text("disclosure.report.column." + column)));
		}
		head.add(kinds);
		List<List<Cell>> body = new ArrayList<>();
		body.add(figures(List.of(Cell.head(texts.text("disclosure.report.received"), 3, 1)), table.received()));
		body.add(figures(List.of(Cell.head(texts.text("disclosure.report.carriedIn"), 3, 1)), table.carriedIn()));
		int resultRows = Outcome.values().length + 1;
		boolean first = true;
		for (OutcomeGroup group : OutcomeGroup.values()) {
			List<Outcome> outcomes = Outcome.inGroup(group);
			for (int i = 0; i < outcomes.size(); i++) {
				List<Cell> labels = new ArrayList<>();
				if (first) {
					labels.add(Cell.head(texts.text("disclosure.site.report.results"), 1, resultRows));
					first = false;
				}
				if (outcomes.size() == 1) {
					labels.add(Cell.head(texts.text("disclosure.report.group." + group.name()), 2, 1));
				}
				else {
					if (i == 0) {
						labels.add(Cell.head(texts.text("disclosure.report.group." + group.name()), 1, outcomes.size()));
					}
					labels.add(Cell.head(texts.text("disclosure.outcome." + outcomes.get(i).name())));
				}
				body.add(figures(labels, table.outcomes().get(outcomes.get(i))));
			}
		}
		body.add(figures(List.of(Cell.head(texts.text("disclosure.report.handled"), 2, 1)), table.handled()));
		body.add(figures(List.of(Cell.head(texts.text("disclosure.report.carriedOut"), 3, 1)), table.carriedOut()));
		return new Table(texts.text("disclosure.report.section3"), head, body);
	}

	/** Section 四: reviews, lawsuits brought directly and after a review, each in five columns. */
	private Table review(ReviewFigures review) {
		List<Cell> results = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			results.addAll(resultHeads(1));
		}
		List<List<Cell>> head = List.of(
				List.of(Cell.head(texts.text("disclosure.report.review"), 5, 1), Cell.head(texts.text("disclosure.site.report.suits"), 10, 1)),
				concat(resultHeads(2), List.of(Cell.head(texts.text("disclosure.site.report.direct"), 5, 1),
						Cell.head(texts.text("disclosure.site.report.afterReview"), 5, 1))),
				results);
		List<Cell> figures = new ArrayList<>();
		for (int[] row : List.of(review.review(), review.directSuits(), review.suitsAfterReview())) {
			for (int value : row) {
				figures.add(Cell.data(String.valueOf(value)));
			}
			figures.add(Cell.data(String.valueOf(ReviewFigures.total(row))));
		}
		return new Table(texts.text("disclosure.report.section4"), head, List.of(figures));
	}

	private List<Cell> resultHeads(int rowspan) {
		return List.of(Cell.head(texts.text("disclosure.report.upheld"), 1, rowspan),
				Cell.head(texts.text("disclosure.report.corrected"), 1, rowspan),
				Cell.head(texts.text("disclosure.report.otherResult"), 1, rowspan),
				Cell.head(texts.text("disclosure.report.pending"), 1, rowspan),
				Cell.head(texts.text("disclosure.report.total"), 1, rowspan));
	}

	private static List<Cell> concat(List<Cell> first, List<Cell> second) {
		List<Cell> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

	private static List<Cell> figures(List<Cell> labels, int[] values) {
		List<Cell> row = new ArrayList<>(labels);
		for (int value : values) {
			row.add(Cell.data(String.valueOf(value)));
		}
		return row;
	}

	private static List<Cell> row(String label, int... values) {
		List<Cell> row = new ArrayList<>();
		row.add(Cell.head(label));
		for (int value : values) {
			row.add(Cell.data(String.valueOf(value)));
		}
		return row;
	}
}
