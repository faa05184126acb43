package org.govsite.report.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The report settings ({@code govsite.report}).
 *
 * @param annualDue the day (MM-dd) by which last year's annual website report is on the home page:
 * 31 January nationally (Xianyang: 01-20)
 * @param reminderDays how many days before that day an unpublished report shows on the 工作台
 * @param beaconsPerMinute how many beacons one client address may send a minute: a reader sends one
 * a page, an office behind one address many, a script that inflates the figures more
 */
@ConfigurationProperties("govsite.report")
public record ReportProperties(@DefaultValue("01-31") String annualDue, @DefaultValue("30") int reminderDays,
		@DefaultValue("600") int beaconsPerMinute) {

	private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

	public ReportProperties {
		MonthDay.parse(annualDue, MONTH_DAY);
	}

	/** The day the report of {@code year} is due. */
	public LocalDate dueOn(int year) {
		return MonthDay.parse(annualDue, MONTH_DAY).atYear(year + 1);
	}
}
