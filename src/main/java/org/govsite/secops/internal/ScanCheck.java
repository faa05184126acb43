package org.govsite.secops.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.govsite.secops.ScanRow;
import org.govsite.secops.Severity;
import org.jspecify.annotations.Nullable;

/**
 * Checks every line of a scan-results file and says, line by line, what is wrong: an import takes
 * all lines or none. A line names its site and its day; a finding also its id, title and severity.
 */
public final class ScanCheck {

	static final int TITLE_LENGTH = 500;

	static final int ID_LENGTH = 200;

	static final int TEXT_LENGTH = 4000;

	private ScanCheck() {
	}

	/** A line's problem: a message-bundle code under {@code secops.scan.row.} and its arguments. */
	public record Problem(int line, String code, Object... arguments) {
	}

	/** A line that passed: a scan of the site on the day, with its finding unless it found none. */
	public record Checked(long siteId, LocalDate scannedOn, @Nullable Finding finding) {
	}

	public record Finding(String id, String title, Severity severity, @Nullable String url, @Nullable String description) {
	}

	public record Outcome(List<Checked> lines, List<Problem> problems) {
	}

	/**
	 * @param sites the site a 标识码 or host names
	 * @param today no scan is from a later day
	 */
	public static Outcome check(List<ScanRow> rows, Function<String, Optional<Long>> sites, LocalDate today) {
		List<Checked> lines = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		if (rows.isEmpty()) {
			problems.add(new Problem(0, "empty"));
		}
		for (ScanRow row : rows) {
			int before = problems.size();
			Long siteId = null;
			if (row.site() == null) {
				problems.add(new Problem(row.line(), "site"));
			}
			else {
				siteId = sites.apply(row.site()).orElse(null);
				if (siteId == null) {
					problems.add(new Problem(row.line(), "unknownSite", row.site()));
				}
			}
			LocalDate day = day(row, today, problems);
			Finding finding = finding(row, problems);
			if (finding != null && siteId != null && !seen.add(siteId + "\n" + finding.id())) {
				problems.add(new Problem(row.line(), "duplicate", finding.id()));
			}
			if (problems.size() == before && siteId != null && day != null) {
				lines.add(new Checked(siteId, day, finding));
			}
		}
		return new Outcome(lines, problems);
	}

	private static @Nullable LocalDate day(ScanRow row, LocalDate today, List<Problem> problems) {
		if (row.foundOn() == null) {
			problems.add(new Problem(row.line(), "noDate"));
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(row.foundOn());
			if (day.isAfter(today)) {
				problems.add(new Problem(row.line(), "date", row.foundOn()));
				return null;
			}
			return day;
		}
		catch (DateTimeParseException e) {
			problems.add(new Problem(row.line(), "date", row.foundOn()));
			return null;
		}
	}

	/** The line's finding; {@code null} for a scan that found nothing, or when the finding is wrong. */
	private static @Nullable Finding finding(ScanRow row, List<Problem> problems) {
		if (row.findingId() == null) {
			if (row.title() != null || row.severity() != null) {
				problems.add(new Problem(row.line(), "noId"));
			}
			return null;
		}
		int before = problems.size();
		if (row.findingId().length() > ID_LENGTH) {
			problems.add(new Problem(row.line(), "idLength", ID_LENGTH));
		}
		if (row.title() == null) {
			problems.add(new Problem(row.line(), "title"));
		}
		else if (row.title().length() > TITLE_LENGTH) {
			problems.add(new Problem(row.line(), "titleLength", TITLE_LENGTH));
		}
		Optional<Severity> severity = row.severity() == null ? Optional.empty() : Severity.parse(row.severity());
		if (severity.isEmpty()) {
			problems.add(new Problem(row.line(), "severity", row.severity() == null ? "" : row.severity()));
		}
		if (row.url() != null && !row.url().matches("(?i)https?://\\S{1,2000}")) {
			problems.add(new Problem(row.line(), "url", row.url()));
		}
		if (row.description() != null && row.description().length() > TEXT_LENGTH) {
			problems.add(new Problem(row.line(), "descriptionLength", TEXT_LENGTH));
		}
		if (problems.size() > before || row.title() == null || severity.isEmpty()) {
			return null;
		}
		return new Finding(row.findingId(), row.title(), severity.get(), row.url(), row.description());
	}
}
