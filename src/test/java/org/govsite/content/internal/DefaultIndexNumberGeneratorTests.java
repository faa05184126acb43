package org.govsite.content.internal;

import java.time.LocalDate;

import org.govsite.content.IndexNumberGenerator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** SPEC.md §5's default 索引号: prefix, year, five-digit serial counted per prefix and year. */
class DefaultIndexNumberGeneratorTests {

	final IndexNumberGenerator generator = new DefaultIndexNumberGenerator();

	@Test
	void theSiteCodeIsThePrefixAndTheSerialHasFiveDigits() {
		assertThat(generator.generate(new IndexNumberGenerator.Subject(1, 7, "4416020005", LocalDate.of(2026, 3, 1)),
				(key, year) -> key.equals("4416020005") && year == 2026 ? 42 : -1)).isEqualTo("4416020005/2026-00042");
	}

	@Test
	void aSiteWithoutCodeYetIsNamedByItsNumber() {
		assertThat(generator.generate(new IndexNumberGenerator.Subject(1, 7, null, LocalDate.of(2027, 1, 2)),
				(key, year) -> year == 2027 ? 1 : -1)).isEqualTo("GS00000007/2027-00001");
	}
}
