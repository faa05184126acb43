package org.govsite.servicecatalog;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.govsite.platform.RuleViolation;

import org.springframework.stereotype.Service;

/**
 * 办件查询: the public looks up an application by its number; the reports count a site's cases by
 * year, applicant and whether they were handled online.
 */
@Service
public class CaseQueries {

	/** 受理号 as the 政务服务 systems write them: letters, digits and hyphens. */
	static final Pattern NUMBER = Pattern.compile("[0-9A-Za-z-]{6,40}");

	private final CaseStatusSource source;

	CaseQueries(CaseStatusSource source) {
		this.source = source;
	}

	/**
	 * The case, if known.
	 *
	 * @throws RuleViolation {@code servicecatalog.case.number} when the number cannot be one
	 */
	public Optional<CaseStatus> find(String number) {
		String trimmed = number.strip();
		if (!NUMBER.matcher(trimmed).matches()) {
			throw new RuleViolation("servicecatalog.case.number");
		}
		return source.find(trimmed);
	}

	/** A site's cases accepted in the year: total, by persons, by legal persons, handled online. */
	public CaseFigures figures(String siteCode, int year) {
		List<CaseStatus> cases = source.ofSite(siteCode).stream().filter(c -> c.acceptedOn().getYear() == year).toList();
		int persons = (int) cases.stream().filter(c -> c.target() == ServiceTarget.PERSON).count();
		int online = (int) cases.stream().filter(CaseStatus::online).count();
		return new CaseFigures(cases.size(), persons, cases.size() - persons, online);
	}

	/** Cases counted for a report. */
	public record CaseFigures(int total, int persons, int legalPersons, int online) {
	}
}
