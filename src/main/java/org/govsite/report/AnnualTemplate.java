package org.govsite.report;

import java.util.List;

/**
 * The form of the annual website report (政府网站工作年度报表, SPEC.md §10) as a list of sections and
 * fields, kept as data so that a change of the national form is an edit, not a release. A field
 * marked {@code live} is filled from what the platform counts when the platform knows its key;
 * every other field is entered by staff.
 */
public record AnnualTemplate(String title, List<Section> sections) {

	public AnnualTemplate {
		sections = List.copyOf(sections);
	}

	public record Section(String title, List<Field> fields) {

		public Section {
			fields = List.copyOf(fields);
		}
	}

	/**
	 * @param key what the field is, e.g. {@code visits.views}; unique in the form
	 * @param type how it is entered and shown
	 */
	public record Field(String key, String label, FieldType type, boolean live) {
	}

	public enum FieldType {
		TEXT, NUMBER, YESNO
	}
}
