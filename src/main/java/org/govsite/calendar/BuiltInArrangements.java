package org.govsite.calendar;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arrangements the platform ships with (SPEC.md §11); later years are entered as data.
 */
public final class BuiltInArrangements {

	private BuiltInArrangements() {
	}

	public static List<YearArrangement> all() {
		return List.of(year2025(), year2026());
	}

	static YearArrangement year2025() {
		Map<LocalDate, String> off = new LinkedHashMap<>();
		put(off, 2025, "元旦", "01-01");
		put(off, 2025, "春节", "01-28", "01-29", "01-30", "01-31", "02-03", "02-04");
		put(off, 2025, "清明节", "04-04");
		put(off, 2025, "劳动节", "05-01", "05-02", "05-05");
		put(off, 2025, "端午节", "06-02");
		put(off, 2025, "国庆节、中秋节", "10-01", "10-02", "10-03", "10-06", "10-07", "10-08");
		Map<LocalDate, String> on = new LinkedHashMap<>();
		put(on, 2025, "春节", "01-26", "02-08");
		put(on, 2025, "劳动节", "04-27");
		put(on, 2025, "国庆节、中秋节", "09-28", "10-11");
		return new YearArrangement(2025, off, on);
	}

	static YearArrangement year2026() {
		Map<LocalDate, String> off = new LinkedHashMap<>();
		put(off, 2026, "元旦", "01-01", "01-02");
		put(off, 2026, "春节", "02-16", "02-17", "02-18", "02-19", "02-20", "02-23");
		put(off, 2026, "清明节", "04-06");
		put(off, 2026, "劳动节", "05-01", "05-04", "05-05");
		put(off, 2026, "端午节", "06-19");
		put(off, 2026, "中秋节", "09-25");
		put(off, 2026, "国庆节", "10-01", "10-02", "10-05", "10-06", "10-07");
		Map<LocalDate, String> on = new LinkedHashMap<>();
		put(on, 2026, "元旦", "01-04");
		put(on, 2026, "春节", "02-14", "02-28");
		put(on, 2026, "劳动节", "05-09");
		put(on, 2026, "国庆节", "09-20", "10-10");
		return new YearArrangement(2026, off, on);
	}

	private static void put(Map<LocalDate, String> days, int year, String name, String... monthDays) {
		for (String monthDay : monthDays) {
			days.put(LocalDate.parse(year + "-" + monthDay), name);
		}
	}
}
