package org.govsite.publish.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which start tags the traditional copy keeps as written: the language switch's class is looked for in the class only. */
class PlainTagTests {

	@Test
	void aClassIsPlainWhenTheLanguageSwitchComesLaterOnThePage() {
		String html = "<div class=\"gs-item\">示例</div><a class=\"gs-lang\" href=\"x.html\">繁體</a>";
		assertThat(PlainTag.end(html, 1, 4, "../")).isEqualTo("<div class=\"gs-item\">".length());
	}

	@Test
	void theLanguageSwitchIsRewritten() {
		String html = "<a class=\"nav gs-lang\" href=\"x.html\">繁體</a>";
		assertThat(PlainTag.end(html, 1, 2, "../")).isEqualTo(-1);
	}

	@Test
	void aClassThatOnlyStartsLikeTheSwitchIsPlain() {
		// the switch's name would run on past the closing quote, into the text
		String html = "<span class=\"gs-la\">gs-lang</span>";
		assertThat(PlainTag.end(html, 1, 5, "../")).isEqualTo("<span class=\"gs-la\">".length());
	}
}
