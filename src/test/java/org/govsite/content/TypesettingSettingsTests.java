package org.govsite.content;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A site's 一键排版 settings as the CSS custom properties a theme prints. */
class TypesettingSettingsTests {

	@Test
	void theSettingsBecomeCssCustomProperties() {
		TypesettingSettings settings = new TypesettingSettings(TypesettingFont.FANGSONG, 18, new BigDecimal("2.00"),
				new BigDecimal("1.75"), new BigDecimal("0.5"), true);

		assertThat(settings.cssCustomProperties()).containsEntry("--gs-font-size", "18px")
			.containsEntry("--gs-text-indent", "2em")
			.containsEntry("--gs-line-height", "1.75")
			.containsEntry("--gs-paragraph-spacing", "0.5em")
			.containsEntry("--gs-font-family", TypesettingFont.FANGSONG.cssStack());
		assertThat(settings.cssDeclarations()).startsWith("--gs-font-family: \"FangSong\"").endsWith("--gs-paragraph-spacing: 0.5em;");
	}

	@Test
	void theDefaultsAreTheSitesUntilItSetsItsOwn() {
		assertThat(TypesettingSettings.DEFAULTS.own()).isFalse();
		assertThat(TypesettingSettings.DEFAULTS.cssCustomProperties()).containsEntry("--gs-font-size", "16px")
			.containsEntry("--gs-text-indent", "2em");
	}
}
