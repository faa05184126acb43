package org.govsite.identity.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordRulesTests {

	@Test
	void acceptsEightCharactersWithLettersDigitsAndSymbols() {
		assertThat(PasswordRules.violations("zhangsan", "Gov#2026")).isEmpty();
	}

	@Test
	void namesEveryBrokenRule() {
		assertThat(PasswordRules.violations("zhangsan", "abc")).containsExactly("identity.password.tooShort",
				"identity.password.needsDigit", "identity.password.needsSymbol");
		assertThat(PasswordRules.violations("zhangsan", "12345678!")).containsExactly("identity.password.needsLetter");
		assertThat(PasswordRules.violations("zhangsan", "abcdefg12")).containsExactly("identity.password.needsSymbol");
		assertThat(PasswordRules.violations("zhangsan", "abcdefg!!")).containsExactly("identity.password.needsDigit");
	}

	@Test
	void refusesTheUsernameInAnyCaseAndReversed() {
		assertThat(PasswordRules.violations("admin.1x", "ADMIN.1X")).contains("identity.password.sameAsUsername");
		assertThat(PasswordRules.violations("admin.1x", "x1.nimda")).contains("identity.password.sameAsUsername");
	}

	@Test
	void countsChineseCharactersAsCharactersButNotAsLetters() {
		assertThat(PasswordRules.violations("lisi", "政府网站1!")).containsExactly("identity.password.tooShort",
				"identity.password.needsLetter");
	}

	@Test
	void refusesWhitespace() {
		assertThat(PasswordRules.violations("lisi", "Gov 2026!x")).containsExactly("identity.password.noWhitespace");
	}

	@Test
	void generatedFirstPasswordsMeetTheRules() {
		for (int i = 0; i < 200; i++) {
			assertThat(PasswordRules.violations("demo.editor", OneTimeSecrets.password())).isEmpty();
		}
	}
}
