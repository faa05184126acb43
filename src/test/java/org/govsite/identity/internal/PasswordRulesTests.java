package org.govsite.identity.internal;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordRulesTests {

	@Test
	void acceptsTwelveCharactersWithLettersDigitsAndSymbols() {
		assertThat(PasswordRules.violations("zhangsan", "Gov#2026mkqz")).isEmpty();
	}

	@Test
	void refusesElevenCharactersForStaff() {
		// OWASP ASVS 2.1.1: at least 12 characters
		assertThat(PasswordRules.violations("zhangsan", "Gov#2026mkq")).containsExactly("identity.password.tooShort");
	}

	@Test
	void namesEveryBrokenRule() {
		assertThat(PasswordRules.violations("zhangsan", "abc")).contains("identity.password.tooShort",
				"identity.password.needsDigit", "identity.password.needsSymbol");
		assertThat(PasswordRules.violations("zhangsan", "12345678946!")).containsExactly("identity.password.needsLetter");
		assertThat(PasswordRules.violations("zhangsan", "kqzvmwtr1254")).containsExactly("identity.password.needsSymbol");
		assertThat(PasswordRules.violations("zhangsan", "kqzvmwtr!!xy")).containsExactly("identity.password.needsDigit");
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
		assertThat(PasswordRules.violations("lisi", "Gov 2026!xkqz")).containsExactly("identity.password.noWhitespace");
	}

	/** Long enough and mixed, yet on the shipped lists of common and breached passwords, or built on one. */
	@ParameterizedTest
	@ValueSource(strings = { "1qaz@WSX3edc", "1qaz2wsx#EDC", "qwerty123456!", "Password123!", "P@ssw0rd2026!",
			"Password#2026", "woaini1314!!", "Woaini@131452", "qq123456789.", "Admin@123456", "Iloveyou1314!", "zxcvbnm123!@#" })
	void refusesCommonAndBreachedPasswords(String common) {
		assertThat(PasswordRules.violations("lisi", common)).contains("identity.password.common");
	}

	@Test
	void acceptsAPasswordThatIsNotBuiltOnACommonOne() {
		assertThat(PasswordRules.violations("lisi", "Hq7#vTz2pLw9")).isEmpty();
		assertThat(PasswordRules.violations("lisi", "县政府Web#2026kx")).isEmpty();
	}

	/** CI once drew a first password that the rules refuse as common (m46#@+@EA$t^_8 reads as a listed word). */
	@Test
	void aDrawThatReadsAsACommonPasswordIsDrawnAgain() {
		assertThat(PasswordRules.violations("", OneTimeSecrets.draw(new SplittableRandom(93084))))
			.containsExactly("identity.password.common");
		assertThat(PasswordRules.violations("", OneTimeSecrets.password(new SplittableRandom(93084)))).isEmpty();
	}

	@Test
	void generatedFirstPasswordsMeetTheRules() {
		for (int i = 0; i < 200; i++) {
			assertThat(PasswordRules.violations("demo.editor", OneTimeSecrets.password())).isEmpty();
		}
	}
}
