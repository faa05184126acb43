package org.govsite.interaction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the 知识库's to-do list keeps of an unanswered question: its words, not who asked. */
class KnowledgeGapMaskTests {

	@Test
	void numbersAndAddressesThatNameAPersonAreMasked() {
		assertThat(KnowledgeGaps.masked("我的电话13712345678，身份证11010519491231002X，怎么补办？"))
			.isEqualTo("我的电话＊＊＊，身份证＊＊＊，怎么补办？");
		assertThat(KnowledgeGaps.masked("回复到 lin.yi@example.com 可以吗")).isEqualTo("回复到 ＊＊＊ 可以吗");
	}

	@Test
	void yearsAndShortNumbersStayAndTheQuestionIsOneLine() {
		assertThat(KnowledgeGaps.masked("  2026年\n第3季度 补贴\t什么时候发？ ")).isEqualTo("2026年 第3季度 补贴 什么时候发？");
		assertThat(KnowledgeGaps.masked("问".repeat(300))).hasSize(KnowledgeGaps.MAX_QUESTION);
	}
}
