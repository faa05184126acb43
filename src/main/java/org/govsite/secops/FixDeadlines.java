package org.govsite.secops;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many days a finding has to be fixed, counted from the day the scan found it
 * ({@code govsite.secops.fix-days}). Defaults: 高 7 days, 中 30, 低 90; no national rule fixes them.
 */
@ConfigurationProperties("govsite.secops.fix-days")
public record FixDeadlines(@DefaultValue("7") int high, @DefaultValue("30") int medium, @DefaultValue("90") int low) {

	public FixDeadlines {
		if (high < 1 || medium < 1 || low < 1) {
			throw new IllegalArgumentException("A fix deadline is at least one day");
		}
	}

	/** The last day to fix a finding of that severity found on that day. */
	public LocalDate due(Severity severity, LocalDate foundOn) {
		return foundOn.plusDays(switch (severity) {
			case HIGH -> high;
			case MEDIUM -> medium;
			case LOW -> low;
		});
	}

	/** Whether a finding still open is past its last day. */
	public static boolean overdue(FindingState state, LocalDate dueOn, LocalDate today) {
		return state == FindingState.OPEN && today.isAfter(dueOn);
	}
}
