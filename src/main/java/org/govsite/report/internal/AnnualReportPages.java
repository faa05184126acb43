package org.govsite.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.govsite.publish.PageSource;
import org.govsite.publish.SourcedPage;
import org.govsite.report.AnnualTemplate;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Each published annual website report as a static page of its site, {@code reports/annual-<year>.html},
 * in the site's theme: the form as it was published, every text escaped (the publisher sanitizes once more).
 */
@Component
class AnnualReportPages implements PageSource {

	private final AnnualStore store;

	private final AnnualTemplateStore templates;

	AnnualReportPages(AnnualStore store, AnnualTemplateStore templates) {
		this.store = store;
		this.templates = templates;
	}

	static String path(int year) {
		return "reports/annual-" + year + ".html";
	}

	@Override
	public List<SourcedPage> pages(long siteId) {
		AnnualTemplate template = templates.current();
		List<SourcedPage> pages = new ArrayList<>();
		for (int year : store.publishedYears(siteId)) {
			store.published(siteId, year).ifPresent(published -> pages.add(new SourcedPage(path(year),
					template.title() + "（" + year + "年度）", html(template, published.values()), published.at())));
		}
		return pages;
	}

	private static String html(AnnualTemplate template, Map<String, String> values) {
		StringBuilder html = new StringBuilder();
		for (AnnualTemplate.Section section : template.sections()) {
			html.append("<h2>").append(e(section.title())).append("</h2><table><tbody>");
			for (AnnualTemplate.Field field : section.fields()) {
				html.append("<tr><th>").append(e(field.label())).append("</th><td>")
					.append(e(values.getOrDefault(field.key(), ""))).append("</td></tr>");
			}
			html.append("</tbody></table>");
		}
		return html.toString();
	}

	private static String e(String text) {
		return HtmlUtils.htmlEscape(Objects.requireNonNullElse(text, ""), "UTF-8");
	}
}
