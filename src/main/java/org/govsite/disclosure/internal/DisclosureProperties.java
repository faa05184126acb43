package org.govsite.disclosure.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;

import org.govsite.site.SiteKind;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The disclosure settings ({@code govsite.disclosure}).
 *
 * @param departmentReportDue the day (MM-dd) by which a department publishes last year's annual
 * disclosure report: 31 January nationally, 30 January in Xianyang
 * @param governmentReportDue the same for a people's government (a portal's body): 20 February in Xianyang
 * @param reportReminderDays how many days before its deadline an unpublished report shows on the 工作台
 * @param proactiveWarningDays how many working days before the 20-wd limit of proactive disclosure
 * a document not yet published is shown on the 工作台 of the people who answer for it
 * @param letterFont the CJK font of the PDF reply letter: an OpenType/TrueType file, a collection's
 * face chosen by {@code ,<index>}
 */
@ConfigurationProperties("govsite.disclosure")
public record DisclosureProperties(@DefaultValue("01-31") String departmentReportDue,
		@DefaultValue("02-20") String governmentReportDue, @DefaultValue("30") int reportReminderDays,
		@DefaultValue("5") int proactiveWarningDays,
		@DefaultValue("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,2") String letterFont) {

	private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

	public DisclosureProperties {
		MonthDay.parse(departmentReportDue, MONTH_DAY);
		MonthDay.parse(governmentReportDue, MONTH_DAY);
		if (proactiveWarningDays < 0 || proactiveWarningDays > 20) {
			throw new IllegalArgumentException("govsite.disclosure.proactive-warning-days is 0 to 20: " + proactiveWarningDays);
		}
	}

	/** The day the report of {@code year} is due, for a body of the site's kind. */
	public LocalDate reportDue(SiteKind kind, int year) {
		String due = kind == SiteKind.PORTAL ? governmentReportDue : departmentReportDue;
		return MonthDay.parse(due, MONTH_DAY).atYear(year + 1);
	}
}
