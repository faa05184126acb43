package org.govsite.calendar.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalInt;

import org.govsite.calendar.CalendarYearChanged;
import org.govsite.calendar.WorkingCalendar;
import org.govsite.calendar.WorkingDays;
import org.govsite.calendar.YearArrangement;
import org.govsite.jobs.RecurringJob;

import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The platform's {@link WorkingCalendar}: the years kept in the database, held in memory because
 * many deadlines are computed and each walks day by day. Reread at once when a year is saved on
 * this node, and every {@link CalendarSettings#refreshInterval()} for saves on other nodes.
 */
@Component
@DependsOnDatabaseInitialization
public class LoadedCalendar implements WorkingCalendar {

	private final CalendarYears years;

	private final CalendarSettings settings;

	private volatile WorkingDays current;

	private final ZoneId zone;

	LoadedCalendar(CalendarYears years, CalendarSettings settings, Clock clock) {
		this.years = years;
		this.settings = settings;
		this.zone = clock.getZone();
		this.current = load();
	}

	/** Rereads every year from the database. */
	public void reload() {
		current = load();
	}

	/** The year's arrangement as the arithmetic sees it, if it has one. */
	public Optional<YearArrangement> arrangement(int year) {
		return current.arrangement(year);
	}

	/**
	 * Synchronous, right after the saving transaction commits (not an asynchronous module
	 * listener): whoever saved a year, and every deadline computed next on this node, must count
	 * with it at once.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void on(CalendarYearChanged changed) {
		reload();
	}

	/** Every node rereads the years for itself, for years saved on other nodes. */
	@Bean
	static RecurringJob calendarReload(LoadedCalendar calendar, CalendarSettings settings) {
		return RecurringJob.onEveryNode("calendar.reload", "calendar.job.reload", settings.refreshInterval(), calendar::reload);
	}

	private WorkingDays load() {
		return new WorkingDays(years.findAll().stream().map(CalendarYear::arrangement).toList(), zone);
	}

	@Override
	public boolean isArranged(int year) {
		return current.isArranged(year);
	}

	@Override
	public OptionalInt firstArrangedYear() {
		return current.firstArrangedYear();
	}

	@Override
	public boolean isWorkingDay(LocalDate date) {
		return current.isWorkingDay(date);
	}

	@Override
	public LocalDate receiptDay(LocalDate received) {
		return current.receiptDay(received);
	}

	@Override
	public LocalDate addWorkingDays(LocalDate date, int workingDays) {
		return current.addWorkingDays(date, workingDays);
	}

	@Override
	public LocalDate deadline(LocalDate received, int workingDays) {
		return current.deadline(received, workingDays);
	}

	@Override
	public Instant deadline(Instant received, int workingDays) {
		return current.deadline(received, workingDays);
	}

	@Override
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		return current.workingDaysBetween(from, to);
	}
}
