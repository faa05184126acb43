package org.govsite.calendar.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.govsite.calendar.BuiltInArrangements;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MonthGridTests {

	private final List<MonthGrid> months = MonthGrid.of(BuiltInArrangements.all().get(1));

	@Test
	void showsTwelveMonthsOfFullWeeksStartingOnMonday() {
		assertThat(months).hasSize(12);
		MonthGrid february = months.get(1);
		// 1 February 2026 is a Sunday: six empty days before it; 28 days end on a Saturday.
		assertThat(february.weeks()).allSatisfy(week -> assertThat(week).hasSize(7));
		assertThat(february.weeks().getFirst().subList(0, 6)).containsOnlyNulls();
		assertThat(february.weeks().getFirst().get(6).date()).isEqualTo(LocalDate.of(2026, 2, 1));
		assertThat(february.weeks().stream().flatMap(List::stream).filter(Objects::nonNull)).hasSize(28);
	}

	@Test
	void marksHolidaysAdjustedWorkingDaysAndWeekends() {
		assertThat(cell(LocalDate.of(2026, 2, 17)).style()).isEqualTo("holiday");
		assertThat(cell(LocalDate.of(2026, 2, 17)).name()).isEqualTo("春节");
		assertThat(cell(LocalDate.of(2026, 2, 14)).style()).isEqualTo("adjusted");
		assertThat(cell(LocalDate.of(2026, 2, 14)).workingDay()).isTrue();
		assertThat(cell(LocalDate.of(2026, 3, 7)).style()).isEqualTo("weekend");
		assertThat(cell(LocalDate.of(2026, 3, 9)).style()).isEmpty();
	}

	@Test
	void groupsTheNamedDaysByHolidayInDateOrder() {
		List<HolidayGroup> groups = HolidayGroup.of(BuiltInArrangements.all().get(1));

		assertThat(groups).extracting(HolidayGroup::name)
			.containsExactly("元旦", "春节", "清明节", "劳动节", "端午节", "国庆节", "中秋节");
		assertThat(groups.get(1).adjustedWorkingDays()).containsExactly(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28));
	}

	private MonthGrid.Cell cell(LocalDate date) {
		return months.get(date.getMonthValue() - 1)
			.weeks()
			.stream()
			.flatMap(List::stream)
			.filter(cell -> cell != null && cell.date().equals(date))
			.findFirst()
			.orElseThrow();
	}
}
