package org.govsite.calendar.internal;

import org.govsite.calendar.BuiltInArrangements;
import org.govsite.calendar.WorkingCalendar;
import org.govsite.calendar.WorkingDays;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Until the calendar keeps its years in the database, the built-in years serve. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

	@Bean
	WorkingCalendar workingCalendar() {
		return new WorkingDays(BuiltInArrangements.all());
	}
}
