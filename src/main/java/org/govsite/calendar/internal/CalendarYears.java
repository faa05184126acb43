package org.govsite.calendar.internal;

import org.springframework.data.repository.ListCrudRepository;

/** The years whose arrangement the platform keeps. */
public interface CalendarYears extends ListCrudRepository<CalendarYear, Integer> {
}
