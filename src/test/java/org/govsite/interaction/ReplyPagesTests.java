package org.govsite.interaction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.govsite.content.ContentFixtures;
import org.govsite.content.ContentFixtures.Staff;
import org.govsite.identity.StaffRole;
import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.publish.internal.HtmlChecker;
import org.govsite.test.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govsite.interaction.LetterHandlingTests.phone;

/**
 * 答复选登 and the 知识库 as static pages of the site: a reply passed for publishing gets its page
 * under {@code hudong/} with the writer's text escaped and none of the writer's contact or ID
 * number; withdrawn (the writer found it 不满意) it is taken off the site again.
 */
@IntegrationTest
class ReplyPagesTests {

	@Autowired
	PublishFixtures sites;

	@Autowired
	Letters letters;

	@Autowired
	LetterHandling handling;

	@Autowired
	KnowledgeBase knowledge;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPublishedReplyIsAStaticPageWithoutPersonalDataUntilItIsWithdrawn() throws IOException {
		TestSite site = sites.onlineSite();
		Staff manager = staff(StaffRole.SITE_MANAGER.forSite(site.id()));
		Staff handler = staff(StaffRole.LETTER_HANDLER.forSite(site.id()));
		Staff reviewer = staff(StaffRole.LETTER_HANDLER.forSite(site.id()));
		long mailbox = manager.run(() -> handling.createMailbox(site.id(),
				MailboxSettings.of("县长信箱", MailboxKind.LEADER, true, List.of())));
		String phone = phone();
		LetterReceipt receipt = letters.submit(mailbox, new NewLetter("林一", true, phone, "lin.yi@example.com",
				"11010519491231002X", "<script>alert(1)</script>噪音扰民", "夜间<b>施工</b>噪音很大。", true));
		long id = jdbc.sql("select id from interaction_letter where query_code = :c").param("c", receipt.queryCode())
			.query(Long.class).single();
		handler.run(() -> handling.accept(id, false));
		handler.run(() -> handling.draftReply(id, "已责令施工单位 <i>夜间</i> 停工。"));
		reviewer.run(() -> handling.approveReply(id, true));
		long entry = handler.run(() -> knowledge.fromLetter(id,
				new KnowledgeBase.Draft("夜间施工噪音扰民怎么办？", "可向县住建局反映。", "城乡建设", true)));
		sites.publishQueued();

		Path folder = sites.folder(site.code());
		Path page = folder.resolve("hudong/dafu/" + id + ".html");
		String html = Files.readString(page);
		Document reply = Jsoup.parse(html);
		assertThat(HtmlChecker.errors(html)).as(html).isEmpty();
		assertThat(reply.select("h1").text()).isEqualTo("<script>alert(1)</script>噪音扰民");
		assertThat(html).doesNotContain("<script>alert(1)").doesNotContain("<b>施工").doesNotContain("<i>夜间");
		assertThat(reply.text()).contains("夜间<b>施工</b>噪音很大。", "已责令施工单位 <i>夜间</i> 停工。", "林女士", "受理日期",
				"答复日期", "答复部门");
		assertThat(html).doesNotContain(phone).doesNotContain("lin.yi@example.com").doesNotContain("11010519491231002X")
			.doesNotContain("林一");
		Document index = Jsoup.parse(Files.readString(folder.resolve("hudong/index.html")));
		assertThat(index.select("a[href$=dafu/" + id + ".html]")).hasSize(1);
		assertThat(Files.readString(folder.resolve("hudong/zhishi/" + entry + ".html"))).contains("可向县住建局反映。");
		Document home = Jsoup.parse(Files.readString(folder.resolve("index.html")));
		assertThat(home.select(".gs-entries-interaction li a[href=hudong/]").eachText()).containsExactly("答复选登");

		// the writer finds the reply 不满意: the letter is handled again, its page goes
		letters.rate(receipt.queryCode(), Satisfaction.DISSATISFIED, "没有解决");
		// and the 知识库 entry is withdrawn too
		handler.run(() -> knowledge.update(entry, new KnowledgeBase.Draft("夜间施工噪音扰民怎么办？", "可向县住建局反映。", "城乡建设", false)));
		sites.publishQueued();

		assertThat(page).doesNotExist();
		assertThat(Files.readString(folder.resolve("hudong/index.html"))).doesNotContain("dafu/" + id + ".html")
			.contains("暂无公开的答复");
		assertThat(folder.resolve("hudong/zhishi/" + entry + ".html")).doesNotExist();
	}

	private static Staff staff(String authority) {
		return new Staff(ContentFixtures.unique("replies"), List.of(StaffRole.STAFF_AUTHORITY, authority));
	}
}
