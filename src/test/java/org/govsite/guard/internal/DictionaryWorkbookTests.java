package org.govsite.guard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.govsite.guard.FindingCategory;
import org.govsite.guard.FindingLevel;
import org.junit.jupiter.api.Test;

class DictionaryWorkbookTests {

	@Test
	void aDictionaryComesBackFromItsWorkbookAsItWas() {
		List<DictionaryEntry> entries = List.of(
				new DictionaryEntry(FindingCategory.PROTECTED_TERM, FindingLevel.BLOCK, "攻府", "政府"),
				new DictionaryEntry(FindingCategory.SENSITIVE, FindingLevel.WARN, "六合彩", null));

		assertThat(DictionaryText.entries(DictionaryWorkbook.asText(DictionaryWorkbook.write(entries)))).isEqualTo(entries);
	}

	@Test
	void aWrongRowIsRefusedWithTheRowNumberAsExcelShowsIt() {
		String text = DictionaryWorkbook.asText(DictionaryWorkbook.write(
				List.of(new DictionaryEntry(FindingCategory.CONFUSION, FindingLevel.WARN, "按装", "安装"))))
				+ "nonsense\twarn\t词\n";

		assertThatThrownBy(() -> DictionaryText.entries(text)).hasFieldOrPropertyWithValue("code", "guard.import.badLine")
			.satisfies(e -> assertThat(((org.govsite.guard.GuardRefusal) e).arguments()).containsExactly(3));
		assertThatThrownBy(() -> DictionaryWorkbook.asText("not a workbook".getBytes()))
			.hasFieldOrPropertyWithValue("code", "guard.import.badWorkbook");
	}
}
