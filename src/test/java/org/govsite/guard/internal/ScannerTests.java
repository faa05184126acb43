package org.govsite.guard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.govsite.guard.FindingCategory;
import org.govsite.guard.FindingLevel;
import org.govsite.guard.GuardFinding;
import org.junit.jupiter.api.Test;

class ScannerTests {

	private static final String DICTIONARY = DictionaryText.resource("dictionary.txt")
			+ "serious-error\tblock\t王建国\t市长\n" + "serious-error\tblock\t李红梅\t副市长\n"
			+ "serious-error\tblock\t赵平\t市委书记、市人大常委会主任\n";

	private final Scanner scanner = new Scanner(DictionaryText.entries(DICTIONARY),
			DictionaryText.words(DictionaryText.resource("whitelist.txt")), PersonalData.defaults());

	@Test
	void aLeaderWithAWrongTitleIsASeriousError() {
		List<GuardFinding> findings = scanner.scan("会上，副市长王建国作了讲话。");

		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.category()).isEqualTo(FindingCategory.SERIOUS_ERROR);
			assertThat(finding.level()).isEqualTo(FindingLevel.BLOCK);
			assertThat(finding.matched()).isEqualTo("副市长王建国");
			assertThat(finding.start()).isEqualTo(3);
			assertThat(finding.suggestion()).isEqualTo("市长王建国");
			assertThat(finding.kind()).isEqualTo("副市长");
		});
	}

	@Test
	void aDeputyCalledByTheFullTitleIsASeriousErrorTooAndTheRightTitlesAreQuiet() {
		assertThat(scanner.scan("李红梅市长出席")).extracting(GuardFinding::category, GuardFinding::suggestion)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(FindingCategory.SERIOUS_ERROR, "李红梅副市长"));
		assertThat(scanner.scan("市长王建国、副市长李红梅出席，市委书记赵平讲话，赵平书记指出，王建国强调"))
			.isEmpty();
	}

	@Test
	void aBannedWordIsFoundWithSpacesAndSymbolsInside() {
		assertThat(scanner.scan("有人鼓吹台 独，也有人写台*独、台　独")).hasSize(3)
			.allSatisfy(finding -> assertThat(finding.category()).isEqualTo(FindingCategory.SENSITIVE))
			.extracting(GuardFinding::matched)
			.containsExactly("台 独", "台*独", "台　独");
	}

	@Test
	void charactersSpreadFarApartAreNotAPattern() {
		assertThat(scanner.scan("台。。。。。。独")).isEmpty();
	}

	@Test
	void traditionalCharactersAndFullWidthFormsAreNormalisedFirst() {
		assertThat(scanner.scan("台灣總統")).singleElement().satisfies(finding -> {
			assertThat(finding.category()).isEqualTo(FindingCategory.WRONG_EXPRESSION);
			assertThat(finding.suggestion()).isEqualTo("台湾地区领导人");
			assertThat(finding.matched()).isEqualTo("台灣總統");
		});
		assertThat(scanner.scan("身份证号１１０１０５１９４９１００１００２３")).extracting(GuardFinding::kind)
			.containsExactly("id-number");
	}

	@Test
	void aWrongExpressionComesWithItsRightForm() {
		assertThat(scanner.scan("推进一带一路战略")).singleElement().satisfies(finding -> {
			assertThat(finding.category()).isEqualTo(FindingCategory.WRONG_EXPRESSION);
			assertThat(finding.level()).isEqualTo(FindingLevel.WARN);
			assertThat(finding.suggestion()).isEqualTo("“一带一路”倡议");
		});
	}

	@Test
	void slipsOfProtectedTermsAndCommonConfusionsAreFound() {
		assertThat(scanner.scan("深入开展扫黑险恶专项斗争，市攻府办公室，截止目前")).extracting(GuardFinding::suggestion)
			.containsExactly("扫黑除恶", "政府", "截至目前");
	}

	@Test
	void innocentContainersAreQuiet() {
		assertThat(scanner.scan("路口交通繁忙，出口交易额增长，港口交接顺利，服务平台独立运行")).isEmpty();
	}

	@Test
	void aShortPatternStandingAloneIsFound() {
		assertThat(scanner.scan("口交")).hasSize(1);
	}

	@Test
	void theWhitelistKeepsAKnownWordQuiet() {
		Scanner quiet = new Scanner(DictionaryText.entries(DICTIONARY), List.of("六合彩票站"), PersonalData.defaults());
		assertThat(quiet.scan("六合彩票站")).isEmpty();
		assertThat(quiet.scan("买六合彩")).hasSize(1);
	}

	@Test
	void aLatinPatternInsideALatinWordIsQuiet() {
		Scanner latin = new Scanner(List.of(new DictionaryEntry(FindingCategory.SENSITIVE, FindingLevel.WARN, "SB", null)),
				List.of(), PersonalData.defaults());
		assertThat(latin.scan("USB接口")).isEmpty();
		assertThat(latin.scan("你是ｓｂ")).hasSize(1);
	}

	@Test
	void personalDataIsFoundByShapeAndCheck() {
		List<GuardFinding> findings = scanner.scan(
				"身份证 110105194910010015 错号 110105194910010003 电话13812345678 卡号6222021234567890128 邮箱 zhang.san@example.cn 文号20230001234567890");

		assertThat(findings).extracting(GuardFinding::kind)
			.containsExactly("id-number", "mobile", "bank-card", "email");
		assertThat(findings.get(0).matched()).isEqualTo("110*************15");
		assertThat(findings.get(0).level()).isEqualTo(FindingLevel.BLOCK);
		assertThat(findings.get(1).matched()).isEqualTo("138****5678");
	}

	@Test
	void aHomeAddressIsFoundByTheShapeOnlyADwellingHasAndAnOfficeAddressIsNot() {
		List<GuardFinding> findings = scanner.scan("申请人住址：幸福小区3栋2单元501室；另一户住三号楼二单元502户；"
				+ "村民住张家村3组15号。办事地点：市民中心2号楼105室，县政府位于人民路1号，教材第三单元5课。");

		assertThat(findings).extracting(GuardFinding::kind).containsExactly("home-address", "home-address", "home-address");
		assertThat(findings).extracting(GuardFinding::matched).containsExactly("3栋2单元***室", "三号楼二单元***户", "村3组**号");
		assertThat(findings.get(0).level()).isEqualTo(FindingLevel.WARN);
		assertThat(scanner.scan("３栋２单元５０１室")).extracting(GuardFinding::kind).containsExactly("home-address");
	}

	@Test
	void theExcerptShowsTheFindingInItsContext() {
		GuardFinding finding = scanner.scan("这是一段很长很长很长很长很长的文字，其中提到台湾总统，后面还有很长很长很长很长的文字").get(0);
		assertThat(finding.excerpt()).isEqualTo("…很长很长的文字，其中提到台湾总统，后面还有很长很长很长很…");
	}

	@Test
	void theAutomatonReportsOverlappingAndNestedPatterns() {
		Automaton automaton = new Automaton(List.of("he", "she", "his", "hers"));
		List<String> hits = new ArrayList<>();
		automaton.scan("ushers", (pattern, end) -> hits.add(pattern + "@" + end));
		assertThat(hits).containsExactly("1@4", "0@4", "3@6");
	}
}
