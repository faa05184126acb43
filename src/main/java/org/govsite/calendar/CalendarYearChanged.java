package org.govsite.calendar;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A year's holidays and adjusted working days were entered or replaced: deadlines computed from
 * now on count with them.
 */
@DomainEvent
public record CalendarYearChanged(int year) {
}
