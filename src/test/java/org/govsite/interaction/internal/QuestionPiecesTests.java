package org.govsite.interaction.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionPiecesTests {

	@Test
	void chineseIsCutIntoPairsOfNeighboursWithoutThePairsEveryQuestionHas() {
		assertThat(QuestionPieces.of("请问路灯坏了")).containsExactly("问路", "路灯", "灯坏", "坏了");
	}

	@Test
	void latinWordsAndNumbersAreKeptWholeInLowerCase() {
		assertThat(QuestionPieces.of("ETC卡 2026年")).containsExactly("etc", "2026");
	}

	@Test
	void aLongQuestionGivesAtMostSoManyPiecesAndAnEntryMustShareHalf() {
		List<String> pieces = QuestionPieces.of("一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥");
		assertThat(pieces).hasSize(QuestionPieces.MAX);
		assertThat(QuestionPieces.least(pieces)).isEqualTo(12);
		assertThat(QuestionPieces.least(List.of("路灯"))).as("one piece, in the question").isEqualTo(2);
	}
}
