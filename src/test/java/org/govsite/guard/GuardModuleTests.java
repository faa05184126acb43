package org.govsite.guard;

import static org.assertj.core.api.Assertions.assertThat;

import org.govsite.content.ContentChecker;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The guard module boots with its dependencies and theirs (it reads publishing's manifest, which
 * needs content's catalogue and the channels), and nothing else: the shipped dictionaries are loaded and a text is checked against them, and the module
 * brings content its {@link ContentChecker}.
 * <p>
 * Its context is closed after the test: a module's own context runs its schedulers with the real
 * clock, and must not stay in the context cache beside the shared one whose tests set the time.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = { "audit", "notification" })
@DirtiesContext
class GuardModuleTests {

	@Autowired
	ContentGuard guard;

	@Autowired
	ContentChecker checker;

	@Test
	void checksATextAgainstTheShippedDictionaries() {
		TextCheck check = guard.check("市攻府办公室");

		assertThat(check.blocked()).isTrue();
		assertThat(check.findings()).singleElement().satisfies(finding -> {
			assertThat(finding.category()).isEqualTo(FindingCategory.PROTECTED_TERM);
			assertThat(finding.suggestion()).isEqualTo("政府");
			assertThat(finding.start()).isEqualTo(1);
		});
		assertThat(guard.check("路口交通繁忙").clean()).isTrue();
	}

	@Test
	void bringsContentItsChecker() {
		assertThat(checker.check("通知", "<p>截止目前，已完成</p>")).singleElement().satisfies(finding -> {
			assertThat(finding.checker()).isEqualTo("易混词");
			assertThat(finding.message()).isEqualTo("疑似错别字“截止目前”，应为“截至目前”。");
			assertThat(finding.blocking()).isFalse();
			assertThat(finding.position()).isEqualTo(3);
		});
	}
}
