package org.govsite.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A site's annual website report: the form's sections with each field's value, counted by the
 * platform or entered by staff, and whether (and when) it was published.
 *
 * @param dueOn by when it must be on the site's home page
 */
public record AnnualWebsiteReport(long siteId, String siteName, @Nullable String siteCode, int year, String title,
		LocalDate dueOn, @Nullable Instant publishedAt, List<Section> sections) {

	public AnnualWebsiteReport {
		sections = List.copyOf(sections);
	}

	public boolean published() {
		return publishedAt != null;
	}

	public record Section(String title, List<Line> lines) {

		public Section {
			lines = List.copyOf(lines);
		}
	}

	/**
	 * One field and its value ("" when not filled in).
	 *
	 * @param counted whether the platform filled it in (staff cannot change it)
	 */
	public record Line(String key, String label, AnnualTemplate.FieldType type, boolean counted, String value) {
	}

	/** The value of a field by its key, "" when the form has no such field. */
	public String value(String key) {
		return sections.stream()
			.flatMap(section -> section.lines().stream())
			.filter(line -> line.key().equals(key))
			.map(Line::value)
			.findFirst()
			.orElse("");
	}
}
