package org.govsite.calendar.web;

import java.time.LocalDate;
import java.util.Map;

import org.govsite.calendar.NamedDay;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ArrangementTextTests {

	@Test
	void readsOneDayALineKeepingLineNumbers() {
		ArrangementText.Parsed parsed = ArrangementText.parse("2027-01-01 元旦\r\n\n  2027-02-08\t春节 \n2027-10-01\u3000国庆节、中秋节");

		assertThat(parsed.badLines()).isEmpty();
		assertThat(parsed.lines()).extracting(ArrangementText.Line::number, ArrangementText.Line::day)
			.containsExactly(tuple(1, day("2027-01-01", "元旦")), tuple(3, day("2027-02-08", "春节")),
					tuple(4, day("2027-10-01", "国庆节、中秋节")));
	}

	@Test
	void aLineWithoutNameReadsWithAnEmptyName() {
		assertThat(ArrangementText.parse("2027-01-01").days()).containsExactly(day("2027-01-01", ""));
	}

	@Test
	void aLineWhoseDateCannotBeReadIsReportedWithItsText() {
		ArrangementText.Parsed parsed = ArrangementText.parse("2027-01-01 元旦\n2027-02-30 春节\n2027/05/01 劳动节");

		assertThat(parsed.days()).containsExactly(day("2027-01-01", "元旦"));
		assertThat(parsed.badLines()).extracting(ArrangementText.BadLine::number, ArrangementText.BadLine::text)
			.containsExactly(tuple(2, "2027-02-30 春节"), tuple(3, "2027/05/01 劳动节"));
	}

	@Test
	void writesTheDaysInDateOrderAsItReadsThem() {
		String text = ArrangementText.format(Map.of(LocalDate.parse("2027-02-08"), "春节", LocalDate.parse("2027-01-01"), "元旦"));

		assertThat(text).isEqualTo("2027-01-01 元旦\n2027-02-08 春节");
		assertThat(ArrangementText.parse(text).days()).containsExactly(day("2027-01-01", "元旦"), day("2027-02-08", "春节"));
	}

	private static NamedDay day(String date, String name) {
		return new NamedDay(LocalDate.parse(date), name);
	}
}
