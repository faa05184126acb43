package org.govsite.guard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.govsite.guard.FindingCategory;
import org.govsite.guard.FindingLevel;
import org.govsite.guard.GuardFinding;
import org.junit.jupiter.api.Test;

/**
 * Personal data found from the marks the scanner's automaton notes in its one pass, against the
 * pass of its own over every character: the same finds, where numbers end the text, where a
 * pattern with digits runs through a number, in full width, beside an ID number's X.
 */
class PersonalDataTests {

	private static final PersonalData PERSONAL = PersonalData.defaults();

	/** Patterns with digits and with 单 and 村, so marked characters also step the automaton. */
	private final Scanner scanner = new Scanner(List.of(sensitive("1949"), sensitive("单元"), sensitive("0015号"),
			sensitive("敏感词"), sensitive("村")), List.of("简单"), PERSONAL);

	@Test
	void aNumberAtTheEndOfTheTextIsFound() {
		assertThat(personal("身份证110105194910010015")).extracting(GuardFinding::kind).containsExactly("id-number");
		assertThat(personal("电话13812345678")).extracting(GuardFinding::kind).containsExactly("mobile");
		assertThat(personal("13812345678")).extracting(GuardFinding::start).containsExactly(0);
	}

	@Test
	void digitsThatAPatternMatchRunsThroughAreStillOneNumber() {
		// 1949 and 0015号 inside the number are hits of the automaton, kept quiet as parts of a longer number
		List<GuardFinding> findings = scanner.scan("号码110105194910010015号，生于1949年。");

		assertThat(findings).extracting(GuardFinding::kind).containsExactly("id-number", null);
		assertThat(findings).extracting(GuardFinding::matched).containsExactly("110*************15", "1949");
	}

	@Test
	void fullWidthDigitsAndAtSignsCount() {
		assertThat(personal("证件号１１０１０５１９４９１００１００１５，邮箱ｚｈａｎｇ＠ｅｘａｍｐｌｅ．ｃｎ"))
			.extracting(GuardFinding::kind).containsExactly("id-number", "email");
	}

	@Test
	void theFoldedPassFindsWhatAPassOfItsOwnFinds() {
		Random random = new Random(11);
		String pieces[] = { "110105194910010015", "11010519491001001X", "13812345678", "6222021234567890128", "１３８１２３４５６７８",
				"zhang@example.cn", "＠", "@", "3栋2单元501室", "张家村3组15号", "单元", "X", "x", "a", "1", "９", "0015号", "1949", "敏 感词",
				"简单", "政府", "，", " ", "\n", "三", "号楼", "栋", "单元", "5", "室", "户", "组", "12号", "李家村", "　" };
		for (int round = 0; round < 5_000; round++) {
			StringBuilder text = new StringBuilder();
			for (int i = random.nextInt(12); i >= 0; i--) {
				text.append(pieces[random.nextInt(pieces.length)]);
			}
			List<String> alone = new ArrayList<>();
			PERSONAL.scan(text.toString(), (kind, level, start, end, shown) -> alone.add(kind + " " + start + "-" + end + " " + shown));

			assertThat(personal(text.toString()).stream().map(f -> f.kind() + " " + f.start() + "-" + f.end() + " " + f.matched()))
				.as(text.toString())
				.containsExactlyInAnyOrderElementsOf(alone);
		}
	}

	@Test
	void addressesRightAfterOneAnotherAreEachFound() {
		assertThat(personal("住3栋2单元501室4单元6号，张家村3组15号李家村二组七号"))
			.extracting(GuardFinding::matched)
			.containsExactly("3栋2单元***室", "4单元*号", "村3组**号", "村二组*号");
	}

	private List<GuardFinding> personal(String text) {
		return scanner.scan(text).stream().filter(f -> f.category() == FindingCategory.PERSONAL_DATA).toList();
	}

	private static DictionaryEntry sensitive(String pattern) {
		return new DictionaryEntry(FindingCategory.SENSITIVE, FindingLevel.WARN, pattern, null);
	}
}
