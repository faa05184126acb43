package org.govsite.browser;

import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.govsite.disclosure.DisclosureFixtures;
import org.govsite.identity.Grant;
import org.govsite.identity.StaffRole;
import org.govsite.identity.TestAccounts;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.test.BrowserTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen applies online; the letter handler asks for a correction; the citizen reads it with the
 * query code and corrects; the handler answers with a partial disclosure and its letter; the
 * citizen reads the reply and downloads the letter (docx and PDF); the year's report counts the application as
 * 部分公开 of a natural person and exports as xlsx.
 */
@BrowserTest
class DisclosureWalkThroughTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	DisclosureFixtures fixtures;

	@Test
	void aCitizensApplicationIsCorrectedAnsweredInPartAndReadWithTheQueryCode(Page page) throws Exception {
		TestSite site = fixtures.site();
		String handler = TestAccounts.uniqueName("disclosure");
		accounts.create(handler, Grant.site(StaffRole.LETTER_HANDLER, site.id()));

		page.navigate("/disclosure/apply?site=" + site.code());
		page.locator("#name").fill("张明");
		page.locator("#identityNumber").fill("110105194912310021");
		page.locator("#phone").fill("13800138000");
		page.locator("#description").fill("县城区道路改造工程的征收补偿方案");
		page.locator("form button[type=submit]").click();
		assertThat(page.locator(".error")).containsText("身份证号码有误");
		page.locator("#identityNumber").fill(DisclosureFixtures.ID_NUMBER);
		page.locator("form button[type=submit]").click();
		String number = page.locator("#number").textContent().strip();
		String code = page.locator("#query-code").textContent().strip();

		page.navigate("/login");
		page.locator("#username").fill(handler);
		page.locator("#password").fill(TestAccounts.PASSWORD);
		page.locator("form.form button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile(".*/admin$"));
		page.navigate("/admin/disclosure");
		page.locator("a", new Page.LocatorOptions().setHasText(number)).first().click();
		assertThat(page.locator("#request-description")).containsText("征收补偿方案");
		page.locator("#items").fill("请写明所需方案的年份或文号");
		page.locator("#correction-form button").click();
		assertThat(page.locator("#request-state")).hasText("待补正");

		page.navigate("/disclosure/query");
		page.locator("#queryCode").fill(code);
		page.locator("form button[type=submit]").click();
		assertThat(page.locator("#status-state")).hasText("待补正");
		assertThat(page.locator("#correction-items")).hasText("请写明所需方案的年份或文号");

		page.navigate("/admin/disclosure");
		page.locator("a", new Page.LocatorOptions().setHasText(number)).first().click();
		page.locator("#corrected-form button").click();
		assertThat(page.locator("#request-state")).hasText("办理中");
		page.locator("#type").selectOption("DISCLOSED");
		page.locator("#outcome").selectOption("PARTLY_DISCLOSED");
		page.locator("#withheldReason").selectOption("THIRD_PARTY_RIGHTS");
		page.locator("#text").fill("现提供补偿方案正文；被征收人名单涉及个人隐私，不予公开。");
		page.locator("#reply-form button").click();
		assertThat(page.locator("#request-state")).hasText("已答复");
		Download staffLetter = page.waitForDownload(() -> page.locator("#letter-link").click());
		assertThat(letterText(staffLetter)).contains("政府信息公开申请答复书", "保护第三方合法权益", "60 日内");

		page.navigate("/disclosure/query");
		page.locator("#queryCode").fill(code);
		page.locator("form button[type=submit]").click();
		assertThat(page.locator("#status-state")).hasText("已答复");
		assertThat(page.locator("#reply-text")).containsText("现提供补偿方案正文");
		Download citizensLetter = page.waitForDownload(() -> page.locator("#download-letter").click());
		assertThat(letterText(citizensLetter)).contains("张明", "被征收人名单");
		Download citizensPdf = page.waitForDownload(() -> page.locator("#download-letter-pdf").click());
		try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(citizensPdf.path().toFile())) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", "")).contains("张明", "被征收人名单");
		}

		int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
		page.navigate("/admin/disclosure/reports/" + site.id() + "/" + year);
		assertThat(page.locator("#applications-table tbody tr").nth(3)).containsText("（二）部分公开");
		assertThat(page.locator("#applications-table tbody tr").nth(3).locator("td").first()).hasText("1");
		Download xlsx = page.waitForDownload(() -> page.locator("#export-xlsx").click());
		try (InputStream in = Files.newInputStream(xlsx.path()); XSSFWorkbook book = new XSSFWorkbook(in)) {
			assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).contains("政府信息公开工作年度报告");
		}
		Download docx = page.waitForDownload(() -> page.locator("#export-docx").click());
		assertThat(letterText(docx)).contains("政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况");
	}

	private static String letterText(Download download) throws Exception {
		try (InputStream in = Files.newInputStream(download.path()); XWPFDocument document = new XWPFDocument(in)) {
			return document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
		}
	}
}
