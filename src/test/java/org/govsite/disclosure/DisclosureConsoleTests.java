package org.govsite.disclosure;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.test.IntegrationTest;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 依申请公开 in the console: an online application asked for a correction, corrected, answered
 * with a partial disclosure and its letter, read by the applicant with the query code; staff entry
 * of a letter with its receipt rule; the lists of what is due; every step audited.
 */
@IntegrationTest
class DisclosureConsoleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DisclosureFixtures fixtures;

	@Autowired
	DisclosureRequests requests;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	TestSite site;

	RequestPostProcessor handler;

	@BeforeEach
	void site() {
		site = fixtures.site();
		handler = user("handler-" + UUID.randomUUID()).authorities(new SimpleGrantedAuthority("site:" + site.id() + ":LETTER_HANDLER"),
				new SimpleGrantedAuthority("STAFF"));
		clock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void anApplicationIsCorrectedAnsweredInPartWithALetterAndReadWithTheQueryCode() throws Exception {
		Submitted submitted = requests.apply(DisclosureFixtures.person(site.code(), "县城区道路改造工程的征收补偿方案及其附件"));
		long id = submitted.id();
		mvc.perform(get("/admin/disclosure").with(handler))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(submitted.number())));

		mvc.perform(post("/admin/disclosure/{id}/correction", id).with(handler).with(csrf())
				.param("items", "请写明所需方案的年份或文号").param("workingDays", "10"))
			.andExpect(redirectedUrl("/admin/disclosure/" + id));
		mvc.perform(post("/disclosure/query").with(csrf()).param("queryCode", submitted.queryCode()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("待补正")))
			.andExpect(content().string(containsString("请写明所需方案的年份或文号")));

		clock.setTo(LocalDateTime.of(2026, 3, 5, 10, 0));
		mvc.perform(post("/admin/disclosure/{id}/corrected", id).with(handler).with(csrf()).param("on", "2026-03-05"))
			.andExpect(redirectedUrl("/admin/disclosure/" + id));
		// the clock restarts on Thu 5 Mar: 6(1), 9–13(2–6), 16–20(7–11), 23–27(12–16), 30 Mar–2 Apr(17–20)
		assertThat(requests.status(submitted.queryCode()).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2026, 4, 2));

		clock.setTo(LocalDateTime.of(2026, 3, 10, 10, 0));
		mvc.perform(post("/admin/disclosure/{id}/reply", id).with(handler).with(csrf()).param("type", "DISCLOSED")
				.param("outcome", "PARTLY_DISCLOSED").param("withheldReason", "THIRD_PARTY_RIGHTS")
				.param("text", "现提供补偿方案正文；附件中被征收人名单涉及个人隐私，不予公开。"))
			.andExpect(redirectedUrl("/admin/disclosure/" + id));

		byte[] letter = mvc.perform(get("/admin/disclosure/{id}/letter.docx", id).with(handler))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		String text = text(letter);
		assertThat(text).contains("政府信息公开申请答复书", "张明", "保护第三方合法权益", "60 日内", "6 个月内", "被征收人名单");

		mvc.perform(post("/disclosure/query").with(csrf()).param("queryCode", submitted.queryCode()))
			.andExpect(content().string(containsString("已答复")))
			.andExpect(content().string(containsString("现提供补偿方案正文")));
		byte[] citizensLetter = mvc.perform(post("/disclosure/query/letter").with(csrf()).param("queryCode", submitted.queryCode()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(text(citizensLetter)).isEqualTo(text);

		// the same letter as a PDF, for staff and for the applicant, its Chinese text readable back
		byte[] pdf = mvc.perform(get("/admin/disclosure/{id}/letter.pdf", id).with(handler))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(pdfText(pdf)).contains("政府信息公开申请答复书", "张明", "保护第三方合法权益", "被征收人名单");
		byte[] citizensPdf = mvc.perform(post("/disclosure/query/letter").with(csrf()).param("queryCode", submitted.queryCode())
				.param("format", "PDF"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(pdfText(citizensPdf)).isEqualTo(pdfText(pdf));
		byte[] apiPdf = mvc.perform(post("/api/public/disclosure/queries/letter")
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.accept(org.springframework.http.MediaType.APPLICATION_PDF)
				.content("{\"queryCode\":\"" + submitted.queryCode() + "\"}"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(pdfText(apiPdf)).isEqualTo(pdfText(pdf));

		assertThat(jdbc.sql("select action from audit_record where object_type = 'disclosureRequest' and object_id = :id order by seq")
			.param("id", String.valueOf(id)).query(String.class).list())
			.containsSubsequence("disclosure.correction", "disclosure.corrected", "disclosure.reply", "disclosure.letter");
	}

	@Test
	void staffEnterAnOrdinaryLetterReceivedTheDayItIsConfirmedWithTheApplicant() throws Exception {
		String page = mvc.perform(post("/admin/disclosure").with(handler).with(csrf())
				.param("siteCode", site.code()).param("channel", "POST").param("arrivedOn", "2026-02-26")
				.param("confirmedOn", "2026-02-27").param("applicantType", "LEGAL_PERSON").param("name", "示例律师事务所")
				.param("identityNumber", DisclosureFixtures.CREDIT_CODE).param("legalPersonKind", "LEGAL_SERVICE")
				.param("contactPerson", "王律师").param("phone", "0898-66123456").param("address", "示例县解放路 1 号")
				.param("description", "2025年行政处罚决定书目录").param("delivery", "POST"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("successMessage", containsString("查询码")))
			.andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
		mvc.perform(get("/admin/disclosure/{id}", id).with(handler))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2026-02-27")))
			.andExpect(content().string(containsString("法律服务机构")))
			.andExpect(content().string(containsString("913*************43")));
		assertThat(jdbc.sql("select received_on from disclosure_request where id = :id").param("id", id).query(LocalDate.class).single())
			.isEqualTo(LocalDate.of(2026, 2, 27));
		assertThat(jdbc.sql("select count(*) from audit_record where action = 'disclosure.read' and object_id = :id")
			.param("id", String.valueOf(id)).query(Integer.class).single()).isEqualTo(1);

		// a fax without its confirmation is refused, in Chinese, and nothing is stored
		int before = jdbc.sql("select count(*) from disclosure_request").query(Integer.class).single();
		mvc.perform(post("/admin/disclosure").with(handler).with(csrf())
				.param("siteCode", site.code()).param("channel", "FAX").param("arrivedOn", "2026-02-26")
				.param("applicantType", "NATURAL_PERSON").param("name", "张明").param("identityNumber", DisclosureFixtures.ID_NUMBER)
				.param("phone", "13800138000").param("description", "2025年行政处罚决定书目录").param("delivery", "PICK_UP"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("传真申请须填写与申请人双方确认收到的日期")));
		assertThat(jdbc.sql("select count(*) from disclosure_request").query(Integer.class).single()).isEqualTo(before);
	}

	@Test
	void overdueAndDueSoonApplicationsShowInTheListAndOnTheWorkbench() throws Exception {
		clock.setTo(LocalDateTime.of(2026, 2, 2, 9, 0));
		Submitted old = requests.apply(DisclosureFixtures.person(site.code(), "2025年财政预算执行情况的审计报告"));
		clock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
		mvc.perform(get("/admin/disclosure").with(handler))
			.andExpect(content().string(containsString("已逾期")))
			.andExpect(content().string(containsString(old.number())));
		mvc.perform(get("/admin").with(handler))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("依申请公开申请 " + old.number())));
		// another site's staff see none of it
		mvc.perform(get("/admin/disclosure/{id}", old.id()).with(user("other").authorities(
				new SimpleGrantedAuthority("site:999999:LETTER_HANDLER"), new SimpleGrantedAuthority("STAFF"))))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("张明"))));
	}

	@Test
	void theReportPageShowsItsTablesKeepsWhatStaffEnterAndIsPublishedOnce() throws Exception {
		String report = "/admin/disclosure/reports/" + site.id() + "/2025";
		mvc.perform(get(report).with(handler))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("（二）部分公开")))
			.andExpect(content().string(containsString("属于四类过程性信息")));
		mvc.perform(post(report).with(handler).with(csrf()).param("overview", "全年依法答复申请。").param("licensing", "12")
				.param("fees", "3.5").param("review", "1", "0", "0", "1").param("problems", "补正较多。"))
			.andExpect(redirectedUrl(report));
		mvc.perform(post(report + "/publish").with(handler).with(csrf())).andExpect(redirectedUrl(report));
		mvc.perform(get(report).with(handler))
			.andExpect(content().string(containsString("已发布")))
			.andExpect(content().string(containsString("全年依法答复申请。")));
		mvc.perform(post(report).with(handler).with(csrf()).header("Referer", "http://localhost" + report).param("overview", "改"))
			.andExpect(flash().attribute("errorMessage", "2025 年度报告已发布，不能再修改。"));
		mvc.perform(get(report + "/export.xlsx").with(handler))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
		assertThat(jdbc.sql("select action from audit_record where object_type = 'disclosureReport' and object_id = :id order by seq")
			.param("id", String.valueOf(site.id())).query(String.class).list())
			.containsSubsequence("disclosure.report.save", "disclosure.report.publish", "disclosure.report.export");
	}

	private static String pdfText(byte[] pdf) throws Exception {
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", "");
		}
	}

	private static String text(byte[] docx) throws Exception {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			return document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
		}
	}
}
