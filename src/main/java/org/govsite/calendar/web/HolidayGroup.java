package org.govsite.calendar.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.govsite.calendar.YearArrangement;

/** A holiday of a year page with its days off and the weekend days worked for it, in date order. */
record HolidayGroup(String name, List<LocalDate> holidays, List<LocalDate> adjustedWorkingDays) {

	static List<HolidayGroup> of(YearArrangement arrangement) {
		Map<LocalDate, String> byDate = new TreeMap<>(arrangement.holidays());
		byDate.putAll(arrangement.adjustedWorkingDays());
		Map<String, HolidayGroup> groups = new LinkedHashMap<>();
		byDate.forEach((date, name) -> {
			HolidayGroup group = groups.computeIfAbsent(name, n -> new HolidayGroup(n, new ArrayList<>(), new ArrayList<>()));
			(arrangement.holidays().containsKey(date) ? group.holidays : group.adjustedWorkingDays).add(date);
		});
		return List.copyOf(groups.values());
	}
}
