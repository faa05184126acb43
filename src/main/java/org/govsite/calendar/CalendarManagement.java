package org.govsite.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

import org.govsite.calendar.internal.CalendarSettings;
import org.govsite.calendar.internal.CalendarYear;
import org.govsite.calendar.internal.CalendarYears;
import org.govsite.calendar.internal.LoadedCalendar;
import org.govsite.identity.StaffAccess;
import org.govsite.platform.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar's use cases: the years and their arrangements, entering a year, and the
 * working-day questions people ask in the console and the API. Other modules compute their
 * deadlines through {@link WorkingCalendar}.
 */
@Service
@Transactional(readOnly = true)
public class CalendarManagement {

	/** The longest time limit the calculators accept, in working days (about four years). */
	public static final int MAX_WORKING_DAYS = 1000;

	private final CalendarYears years;

	private final LoadedCalendar calendar;

	private final CalendarSettings settings;

	private final StaffAccess staff;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CalendarManagement(CalendarYears years, LoadedCalendar calendar, CalendarSettings settings, StaffAccess staff,
			ApplicationEventPublisher events, Clock clock) {
		this.years = years;
		this.calendar = calendar;
		this.settings = settings;
		this.staff = staff;
		this.events = events;
		this.clock = clock;
	}

	/** Every year that has an arrangement, earliest first. */
	public List<CalendarYearView> years() {
		return years.findAll().stream().map(CalendarYear::view).sorted(Comparator.comparingInt(CalendarYearView::year)).toList();
	}

	public Optional<CalendarYearView> findYear(int year) {
		return years.findById(year).map(CalendarYear::view);
	}

	/**
	 * Enters a year's arrangement, or replaces the one it has; deadlines count with it as soon as
	 * this returns.
	 * @throws CalendarYearOutOfRange for a year the platform does not keep
	 * @throws InvalidArrangement naming every day that breaks a rule
	 */
	@Transactional
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public CalendarYearView define(int year, List<NamedDay> holidays, List<NamedDay> adjustedWorkingDays) {
		String by = Objects.requireNonNullElse(staff.currentUsername(), "system");
		boolean firstEntry = years.findById(year).isEmpty();
		CalendarYear saved = years.findById(year).map(existing -> {
			existing.replace(holidays, adjustedWorkingDays, by, clock.instant());
			return existing;
		}).orElseGet(() -> CalendarYear.enter(year, holidays, adjustedWorkingDays, by, clock.instant()));
		saved = years.save(saved);
		events.publishEvent(new CalendarYearChanged(year));
		if (firstEntry) {
			events.publishEvent(new CalendarYearArranged(year));
		}
		return saved.view();
	}

	/**
	 * What is wrong with an arrangement, without saving it: lets the console show every mistake
	 * of a form at once, also those found beside lines it could not read.
	 */
	public List<ArrangementProblem> check(int year, List<NamedDay> holidays, List<NamedDay> adjustedWorkingDays) {
		return CalendarYear.problems(year, holidays, adjustedWorkingDays);
	}

	/** Whether the signed-in user may enter or change a year's arrangement. */
	public boolean mayDefine() {
		return staff.isSystemAdmin();
	}

	/** Whether the day is a working day, and the holiday it belongs to. */
	public CalendarDayView day(LocalDate date) {
		requireKnown(date);
		Optional<YearArrangement> arrangement = calendar.arrangement(date.getYear());
		YearArrangement year = arrangement.orElseGet(() -> YearArrangement.mondayToFriday(date.getYear()));
		return new CalendarDayView(date, calendar.isWorkingDay(date), year.kindOf(date), year.nameOf(date),
				arrangement.isPresent());
	}

	/** A time limit of some working days for something received on the given day (SPEC.md §11). */
	public Deadline deadline(LocalDate received, int workingDays) {
		if (workingDays < 0 || workingDays > MAX_WORKING_DAYS) {
			throw new RuleViolation("calendar.workingDays.outOfRange", String.valueOf(MAX_WORKING_DAYS));
		}
		requireKnown(received);
		LocalDate receiptDay = calendar.receiptDay(received);
		LocalDate lastDay = calendar.deadline(received, workingDays);
		List<Integer> unarranged = IntStream.rangeClosed(received.getYear(), lastDay.getYear())
			.filter(year -> !calendar.isArranged(year))
			.boxed()
			.toList();
		return new Deadline(received, receiptDay, workingDays, lastDay,
				calendar.deadline(received.atStartOfDay(clock.getZone()).toInstant(), workingDays), unarranged);
	}

	/** The working days after {@code from} up to and including {@code to}; negative when to is before from. */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		requireKnown(from);
		requireKnown(to);
		return calendar.workingDaysBetween(from, to);
	}

	/** Refuses a day before the first year with an arrangement: its holidays are unknown, not absent. */
	private void requireKnown(LocalDate date) {
		calendar.firstArrangedYear().ifPresent(first -> {
			if (date.getYear() < first) {
				throw new CalendarYearUnknown(date.getYear(), first);
			}
		});
	}

	/**
	 * The years someone must enter now: this year if it has no arrangement, and next year once
	 * the reminder month has come.
	 */
	public List<Integer> yearsAwaitingArrangement() {
		LocalDate today = LocalDate.now(clock);
		List<Integer> missing = new ArrayList<>();
		if (calendar.arrangement(today.getYear()).isEmpty()) {
			missing.add(today.getYear());
		}
		if (today.getMonth().compareTo(settings.nextYearReminderFrom()) >= 0 && calendar.arrangement(today.getYear() + 1).isEmpty()) {
			missing.add(today.getYear() + 1);
		}
		return missing;
	}
}
