package org.govsite.interaction;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.govsite.interaction.LetterFixtures.Desk;
import org.govsite.publish.internal.HtmlChecker;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govsite.interaction.LetterHandlingTests.phone;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every public page of the letters, the 知识库 and 找错 is valid HTML (the Nu HTML Checker, as for
 * the published pages): with content, empty, and when refusing.
 */
@IntegrationTest
class LetterPagesMarkupTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	LetterFixtures fixtures;

	@Autowired
	Letters letters;

	@Autowired
	LetterHandling handling;

	@Autowired
	KnowledgeBase knowledge;

	@Autowired
	ErrorReports errorReports;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyPublicPageIsValidHtml() throws Exception {
		Desk desk = fixtures.desk(true);
		String site = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L));
		jdbc.sql("update site set site_code = :code, error_report_enabled = true where id = :id").param("code", site)
			.param("id", desk.portal()).update();
		LetterReceipt receipt = letters.submit(desk.mailbox(), new NewLetter("林一", true, phone(), null, "11010519491231002X",
				"<b>噪音</b>扰民", "夜间施工噪音很大。", true),
				List.of(new NewAttachment("现场.png", LetterAttachmentTests.png())));
		long id = jdbc.sql("select id from interaction_letter where query_code = :c").param("c", receipt.queryCode())
			.query(Long.class).single();
		long attachment = jdbc.sql("select id from interaction_letter_attachment where letter_id = :l").param("l", id)
			.query(Long.class).single();
		desk.portalHandler().run(() -> handling.accept(id, false));
		desk.portalHandler().run(() -> handling.draftReply(id, "已责令施工单位夜间停工。"));
		desk.secondPortalHandler().run(() -> handling.approveReply(id, true));
		desk.portalHandler().run(() -> handling.allowAttachment(id, attachment, true));
		long entry = desk.portalHandler().run(() -> knowledge.fromLetter(id,
				new KnowledgeBase.Draft("夜间施工噪音扰民怎么办？", "可向县住建局反映。", "城乡建设", true)));
		LetterReceipt report = errorReports.submit(new ErrorReports.NewErrorReport(site, "https://www.example.gov.cn/a.html",
				"TYPO", "错字", null));

		for (String page : List.of("/letters?site=" + site, "/letters/write?mailbox=" + desk.mailbox(), "/letters/follow",
				"/letters/follow?code=" + receipt.queryCode(), "/letters/follow?code=ZZZZ22223333",
				"/letters/replies?mailbox=" + desk.mailbox(), "/letters/replies/" + id, "/letters/replies/999999999",
				"/letters/knowledge?site=" + site, "/letters/knowledge?site=" + site + "&category=城乡建设",
				"/letters/knowledge?site=" + site + "&q=施工噪音", "/letters/knowledge?site=" + site + "&q=量子引力",
				"/letters/knowledge/" + entry, "/letters/knowledge/999999999", "/letters/errors?site=" + site + "&url=https://www.example.gov.cn/a.html",
				"/letters/errors/follow", "/letters/errors/follow?code=" + report.queryCode())) {
			String html = mvc.perform(get(page).with(request -> {
				request.setRemoteAddr("10.16.0." + ThreadLocalRandom.current().nextInt(1, 255));
				return request;
			})).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(HtmlChecker.errors(html)).as(page + "\n" + html).isEmpty();
		}
	}
}
