package org.govsite.content.internal;

import java.util.List;

import org.govsite.content.ContentChecker;
import org.govsite.content.ContentFinding;
import org.govsite.content.ContentRuleViolation;
import org.govsite.content.SubmissionCheck;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The submit step shows every finding of every check, and refuses while one blocks. */
class SubmissionChecksTests {

	/** A check of the test's own: finds a word wherever it is. */
	record WordCheck(String name, String word, boolean blocking) implements ContentChecker {

		@Override
		public List<ContentFinding> check(String title, String bodyHtml) {
			return (title + bodyHtml).contains(word)
					? List.of(new ContentFinding(name, "出现“" + word + "”", word, blocking)) : List.of();
		}
	}

	@Test
	void withoutChecksTheStepSaysSo() {
		SubmissionCheck check = new SubmissionChecks(List.of()).run("标题", "<p>正文</p>");

		assertThat(check.checksConfigured()).isFalse();
		assertThat(check.findings()).isEmpty();
	}

	@Test
	void everyFindingOfEveryCheckIsShown() {
		SubmissionChecks checks = new SubmissionChecks(
				List.of(new WordCheck("错别字", "按装", false), new WordCheck("个人信息", "13800000000", false)));

		SubmissionCheck check = checks.requireSubmittable("设备按装通知", "<p>联系电话 13800000000</p>");

		assertThat(check.checksConfigured()).isTrue();
		assertThat(check.findings()).extracting(ContentFinding::checker).containsExactly("错别字", "个人信息");
		assertThat(check.blocked()).isFalse();
	}

	@Test
	void aBlockingFindingRefusesTheSubmission() {
		SubmissionChecks checks = new SubmissionChecks(List.of(new WordCheck("严重错误", "错误提法", true)));

		assertThat(checks.run("标题", "<p>错误提法</p>").blocked()).isTrue();
		assertThatThrownBy(() -> checks.requireSubmittable("标题", "<p>错误提法</p>"))
			.isInstanceOf(ContentRuleViolation.class)
			.hasFieldOrPropertyWithValue("code", "content.submit.blockingFindings");
		assertThat(checks.requireSubmittable("标题", "<p>正确表述</p>").findings()).isEmpty();
	}
}
