package org.govsite.calendar.internal;

import java.time.LocalDate;

import org.govsite.calendar.DayKind;

import org.springframework.data.relational.core.mapping.Table;

/** A day a year's arrangement names: a holiday or an adjusted working day. */
@Table("calendar_day")
record CalendarDay(LocalDate day, DayKind kind, String name) {
}
