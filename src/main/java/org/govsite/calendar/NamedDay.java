package org.govsite.calendar;

import java.time.LocalDate;

/**
 * A day of a year's arrangement with the holiday it belongs to (春节, 国庆节 ...), as entered
 * in the console or through the API.
 */
public record NamedDay(LocalDate date, String name) {
}
