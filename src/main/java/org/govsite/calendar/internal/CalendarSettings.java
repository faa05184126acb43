package org.govsite.calendar.internal;

import java.time.Duration;
import java.time.Month;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The calendar's settings ({@code govsite.calendar}).
 *
 * @param nextYearReminderFrom from which month on the 工作台 asks the system administrator to enter
 * next year's arrangement, if it is missing (the State Council publishes it in November or December)
 * @param refreshInterval how often each process rereads the years from the database, so that a
 * year saved on another node reaches this one too
 */
@ConfigurationProperties("govsite.calendar")
public record CalendarSettings(
		@DefaultValue("november") Month nextYearReminderFrom,
		@DefaultValue("10m") Duration refreshInterval) {
}
