package org.govsite.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The check characters of GB 11643 and GB 32100, against the standards' own examples. */
class IdentifiersTests {

	@ParameterizedTest
	@ValueSource(strings = { "11010519491231002X", "11010519491231002x", "440524188001010014" })
	void theStandardsExampleIdNumbersAreValid(String number) {
		assertThat(ResidentIdNumber.isValid(number)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "110105194912310021", "11010519491231002", "11010519491231002XX", "110105194913310027",
			"11010519490230002X", "ABCDEFGHIJKLMNOPQR", "" })
	void aWrongCheckCharacterLengthOrDateIsRefused(String number) {
		assertThat(ResidentIdNumber.isValid(number)).isFalse();
	}

	@Test
	void everyDigitChangedIsNoticed() {
		String valid = "11010519491231002X";
		for (int i = 0; i < 17; i++) {
			char changed = (char) ('0' + (valid.charAt(i) - '0' + 1) % 10);
			String wrong = valid.substring(0, i) + changed + valid.substring(i + 1);
			assertThat(ResidentIdNumber.checkCharacter(wrong)).as("digit %d changed", i).isNotEqualTo('X');
		}
	}

	@Test
	void aMaskedNumberShowsOnlyItsEnds() {
		assertThat(ResidentIdNumber.masked("11010519491231002X")).isEqualTo("110*************2X");
	}

	@ParameterizedTest
	@ValueSource(strings = { "91350100M000100Y43", "91110000600037341L", "911100001000080343" })
	void theStandardsExampleCreditCodesAreValid(String code) {
		assertThat(CreditCode.isValid(code)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "91350100M000100Y44", "91350100M000100Y4", "91350100I000100Y43", "" })
	void aWrongCreditCodeIsRefused(String code) {
		assertThat(CreditCode.isValid(code)).isFalse();
	}
}
