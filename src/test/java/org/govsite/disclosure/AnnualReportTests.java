package org.govsite.disclosure;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Supplier;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govsite.content.ContentFixtures.Staff;
import org.govsite.platform.RuleViolation;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.test.IntegrationTest;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The annual report's section 三 against a fixture year of applications counted by hand, its
 * balance check before publishing, next year's 上年结转 from the published report, and the xlsx and
 * docx exports.
 */
@IntegrationTest
class AnnualReportTests {

	// the columns: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计
	private static final int PERSON = 0, COMMERCIAL = 1, RESEARCH = 2, LEGAL = 4, OTHER = 5, TOTAL = 6;

	@Autowired
	DisclosureFixtures fixtures;

	@Autowired
	DisclosureRequests requests;

	@Autowired
	DisclosureReports reports;

	@Autowired
	TestClock clock;

	TestSite site;

	Staff handler;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private long applyOn(LocalDate day, NewApplication application) {
		clock.setTo(day.atTime(10, 0));
		return requests.apply(application).id();
	}

	private <T> T as(LocalDate day, Supplier<T> work) {
		clock.setTo(day.atTime(15, 0));
		return handler.run(work);
	}

	private void on(LocalDate day, Runnable work) {
		as(day, () -> {
			work.run();
			return null;
		});
	}

	private static LocalDate day(int year, int month, int day) {
		return LocalDate.of(year, month, day);
	}

	@Test
	void section3CountsAFixtureYearAsCountedByHandAndTheBalanceIsCheckedBeforePublishing() throws Exception {
		site = fixtures.site();
		handler = DisclosureFixtures.handler(site);
		String code = site.code();

		// I: 2024 from start to end, in no cell of 2025
		long i = applyOn(day(2024, 11, 1), DisclosureFixtures.person(code, "2024年的城市规划图"));
		on(day(2024, 11, 20), () -> requests.reply(i, ReplyType.ALREADY_PUBLIC, Outcome.DISCLOSED, null, "见政府网站"));
		// A: received in 2024, answered in 2025: 上年结转 and 予以公开, 自然人
		long a = applyOn(day(2024, 12, 20), DisclosureFixtures.person(code, "2024年度部门预算公开说明"));
		on(day(2025, 1, 10), () -> requests.reply(a, ReplyType.DISCLOSED, Outcome.DISCLOSED, null, "现予提供"));
		// B: 部分公开, 自然人
		long b = applyOn(day(2025, 3, 3), DisclosureFixtures.person(code, "某小区拆迁补偿协议汇总表"));
		on(day(2025, 3, 10), () -> requests.reply(b, ReplyType.DISCLOSED, Outcome.PARTLY_DISCLOSED, Outcome.THIRD_PARTY_RIGHTS,
				"隐去个人信息后提供"));
		// C: 不予公开 · 属于国家秘密, 商业企业
		long c = applyOn(day(2025, 3, 4), DisclosureFixtures.company(code, LegalPersonKind.COMMERCIAL, "某项目的地质勘探原始数据"));
		on(day(2025, 3, 20), () -> requests.reply(c, ReplyType.NOT_DISCLOSED, Outcome.STATE_SECRET, null, "经审查属于国家秘密"));
		// D: correction never arrives: 其他处理 · 逾期不补正, 科研机构
		long d = applyOn(day(2025, 4, 1), DisclosureFixtures.company(code, LegalPersonKind.RESEARCH, "有关环境监测的数据"));
		on(day(2025, 4, 2), () -> requests.requestCorrection(d, "请写明监测点位和时间段", 15));
		clock.setTo(day(2025, 5, 20).atTime(0, 20));
		requests.lapse();
		// E: 不予处理 · 重复申请, 法律服务机构
		long e = applyOn(day(2025, 6, 3), DisclosureFixtures.company(code, LegalPersonKind.LEGAL_SERVICE, "2024年行政处罚案件目录"));
		on(day(2025, 6, 5), () -> requests.reply(e, ReplyType.REPEATED, Outcome.REPEATED, null, "已于此前答复"));
		// G: a complaint redirected: in no cell
		long g = applyOn(day(2025, 7, 1), DisclosureFixtures.person(code, "投诉某商户噪音扰民，请求处理"));
		on(day(2025, 7, 2), () -> requests.redirect(g, "已转县 12345 热线"));
		// H: 无法提供 · 本机关不掌握, 其他组织
		long h = applyOn(day(2025, 11, 3), DisclosureFixtures.company(code, LegalPersonKind.OTHER, "省级财政转移支付明细"));
		on(day(2025, 11, 5), () -> requests.reply(h, ReplyType.NOT_HELD_HERE, Outcome.NOT_HELD, null, "请向省财政厅申请"));
		// F: received in December, still open at the end of the year: 结转下年度, 自然人
		long f = applyOn(day(2025, 12, 22), DisclosureFixtures.person(code, "2025年第四季度重点项目进度"));

		AnnualReport report = as(day(2026, 1, 15), () -> reports.report(site.id(), 2025));
		ApplicationTable table = report.applications();
		assertThat(table.received()).containsExactly(2, 1, 1, 0, 1, 1, 6);
		assertThat(table.carriedIn()).containsExactly(1, 0, 0, 0, 0, 0, 1);
		assertThat(table.outcomes().get(Outcome.DISCLOSED)).containsExactly(1, 0, 0, 0, 0, 0, 1);
		assertThat(table.outcomes().get(Outcome.PARTLY_DISCLOSED)).containsExactly(1, 0, 0, 0, 0, 0, 1);
		assertThat(table.outcomes().get(Outcome.STATE_SECRET)[COMMERCIAL]).isEqualTo(1);
		assertThat(table.group(OutcomeGroup.NOT_DISCLOSED)[TOTAL]).isEqualTo(1);
		assertThat(table.outcomes().get(Outcome.NO_CORRECTION)[RESEARCH]).isEqualTo(1);
		assertThat(table.outcomes().get(Outcome.REPEATED)[LEGAL]).isEqualTo(1);
		assertThat(table.outcomes().get(Outcome.NOT_HELD)[OTHER]).isEqualTo(1);
		assertThat(table.handled()).containsExactly(2, 1, 1, 0, 1, 1, 6);
		assertThat(table.carriedOut()).containsExactly(1, 0, 0, 0, 0, 0, 1);
		assertThat(table.balanced()).isTrue();
		assertThat(report.dueOn()).as("a portal's body: a government, 20 February").isEqualTo(day(2026, 2, 20));

		byte[] xlsx = as(day(2026, 1, 15), () -> reports.xlsx(site.id(), 2025));
		assertThat(cell(xlsx, "（二）部分公开", 1 + PERSON)).isEqualTo("1");
		assertThat(cell(xlsx, "一、本年新收政府信息公开申请数量", 1 + TOTAL)).isEqualTo("6");
		assertThat(cell(xlsx, "四、结转下年度继续办理", 1 + PERSON)).isEqualTo("1");
		// the docx has the page's tables: three label columns (merged across), then the seven
		byte[] docx = as(day(2026, 1, 15), () -> reports.docx(site.id(), 2025));
		assertThat(docxCell(docx, "（二）部分公开", 3 + PERSON)).isEqualTo("1");
		assertThat(docxCell(docx, "一、本年新收政府信息公开申请数量", 3 + TOTAL)).isEqualTo("6");
		assertThat(docxCell(docx, "四、结转下年度继续办理", 3 + PERSON)).isEqualTo("1");
		assertThat(docxCell(docx, "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", 3 + RESEARCH)).isEqualTo("1");

		assertThatThrownBy(() -> as(day(2026, 1, 15), () -> reports.publish(site.id(), 2026)))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.code()).isEqualTo("disclosure.report.yearNotOver"));
		AnnualReport published = as(day(2026, 1, 20), () -> reports.publish(site.id(), 2025));
		assertThat(published.published()).isTrue();

		// J: a letter of 30 Dec 2025 entered after the report was published; F and J answered in 2026
		NewApplication letter = DisclosureFixtures.person(code, "2025年12月的会议纪要");
		long j = as(day(2026, 1, 21), () -> requests.enter(letter, new StaffEntry(ReceiptChannel.IN_PERSON, day(2025, 12, 30), false, null)).id());
		on(day(2026, 1, 22), () -> requests.reply(f, ReplyType.DISCLOSED, Outcome.DISCLOSED, null, "现予提供"));
		on(day(2026, 1, 23), () -> requests.reply(j, ReplyType.DISCLOSED, Outcome.DISCLOSED, null, "现予提供"));

		AnnualReport next = as(day(2027, 1, 10), () -> reports.report(site.id(), 2026));
		assertThat(next.carriedInFromReport()).isTrue();
		assertThat(next.applications().carriedIn()[PERSON]).as("as 2025's report carried out").isEqualTo(1);
		assertThat(next.applications().handled()[PERSON]).isEqualTo(2);
		assertThat(next.applications().unbalancedColumns()).containsExactly(PERSON, TOTAL);
		assertThatThrownBy(() -> as(day(2027, 1, 10), () -> reports.publish(site.id(), 2026)))
			.isInstanceOfSatisfying(RuleViolation.class, v -> {
				assertThat(v.code()).isEqualTo("disclosure.report.unbalanced");
				assertThat(v.arguments()[0]).isEqualTo("自然人、总计");
			});
		// the published report stays as published
		assertThat(as(day(2027, 1, 10), () -> reports.report(site.id(), 2025)).applications().carriedOut()).containsExactly(1, 0, 0,
				0, 0, 0, 1);
	}

	private static String docxCell(byte[] docx, String rowLabel, int column) throws Exception {
		try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument(
				new ByteArrayInputStream(docx))) {
			for (var table : document.getTables()) {
				for (var row : table.getRows()) {
					if (row.getTableCells().stream().anyMatch(c -> rowLabel.equals(c.getText().strip()))) {
						return row.getCell(column).getText().strip();
					}
				}
			}
		}
		throw new AssertionError("no row " + rowLabel);
	}

	private static String cell(byte[] xlsx, String rowLabel, int column) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			for (Row row : sheet) {
				if (row.getCell(0) != null && rowLabel.equals(row.getCell(0).getStringCellValue().strip())) {
					return String.valueOf((int) row.getCell(column).getNumericCellValue());
				}
			}
		}
		throw new AssertionError("no row " + rowLabel);
	}
}
