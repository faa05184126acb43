package org.govsite.report.internal;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The nginx access logs to import ({@code govsite.report.access-log}).
 *
 * @param files the rotated logs (plain or .gz) in the govsite format, each imported once
 * @param sites the 标识码 of the sites counted from the logs; their pages' beacons are not counted,
 * so that no view counts twice
 * @param importAt when the daily import runs, in the platform's zone (after nginx rotates its logs)
 */
@ConfigurationProperties("govsite.report.access-log")
public record AccessLogProperties(@DefaultValue List<String> files, @DefaultValue Set<String> sites,
		@DefaultValue("01:30") LocalTime importAt) {
}
