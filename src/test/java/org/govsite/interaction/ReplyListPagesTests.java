package org.govsite.interaction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.govsite.content.ContentFixtures;
import org.govsite.content.ContentFixtures.Staff;
import org.govsite.identity.StaffRole;
import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.publish.PublishJobs;
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
 * Every published reply is on the site, however many: its mailbox's list pages, 20 a page with
 * the channel lists' pager, link each reply once, and a reply published later writes its own page
 * and the list pages it shifts, not every reply's page again; withdrawn, it leaves every list.
 */
@IntegrationTest
class ReplyListPagesTests {

	private static final int REPLIES = 245;

	@Autowired
	PublishFixtures sites;

	@Autowired
	PublishJobs publishing;

	@Autowired
	Letters letters;

	@Autowired
	LetterHandling handling;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyReplyIsOnItsMailboxsPagedListAndANewOneWritesOnlyWhatItShifts() throws IOException {
		TestSite site = sites.onlineSite();
		Staff manager = staff(StaffRole.SITE_MANAGER.forSite(site.id()));
		long mailbox = manager.run(() -> handling.createMailbox(site.id(),
				MailboxSettings.of("县长信箱", MailboxKind.LEADER, false, List.of())));
		List<Long> replies = insertReplies(site.id(), mailbox);
		publishing.publishSite(site.id());
		sites.publishQueued();

		Path folder = sites.folder(site.code());
		Path lists = folder.resolve("hudong/xinxiang/" + mailbox);
		// 245 replies: the newest 25 on index.html, the older ones on index_1 (oldest) … index_11
		assertThat(lists.resolve("index_11.html")).exists();
		assertThat(lists.resolve("index_12.html")).doesNotExist();
		assertThat(linked(lists)).containsExactlyInAnyOrderElementsOf(replies);
		try (Stream<Path> pages = Files.list(folder.resolve("hudong/dafu"))) {
			assertThat(pages.count()).isEqualTo(REPLIES);
		}
		String newest = Files.readString(lists.resolve("index.html"));
		String middle = Files.readString(lists.resolve("index_5.html"));
		String reply = Files.readString(folder.resolve("hudong/dafu/" + replies.get(REPLIES - 1) + ".html"));
		for (String html : List.of(newest, middle, reply, Files.readString(folder.resolve("hudong/index.html")))) {
			assertThat(HtmlChecker.errors(html)).as(html).isEmpty();
		}
		Document first = Jsoup.parse(newest);
		assertThat(first.select(".gs-items li a")).hasSize(25);
		assertThat(first.select(".gs-pager-label").text()).isEqualTo("第 1 页，共 12 页 245 条");
		String list = "hudong/xinxiang/" + mailbox + "/";
		assertThat(first.select(".gs-pager a[rel=next]").attr("href")).endsWith(list + "index_11.html");
		assertThat(first.select(".gs-pager a").last().attr("href")).endsWith(list + "index_1.html");
		Document fifth = Jsoup.parse(middle);
		assertThat(fifth.select(".gs-pager-label").text()).isEqualTo("第 8 页，共 12 页 245 条");
		assertThat(fifth.select(".gs-pager a[rel=prev]").attr("href")).endsWith(list + "index_6.html");
		assertThat(fifth.select(".gs-pager a[rel=next]").attr("href")).endsWith(list + "index_4.html");
		Document index = Jsoup.parse(Files.readString(folder.resolve("hudong/index.html")));
		assertThat(index.select("a[href$=xinxiang/" + mailbox + "/]").text()).isEqualTo("全部答复");
		assertThat(index.text()).contains("245 条");

		// one reply more, through the whole handling: its page and the newest list page, not 246 pages
		LetterReceipt receipt = letters.submit(mailbox, new NewLetter("林一", true, phone(), null, null, "新的答复", "路灯坏了。",
				true));
		long id = jdbc.sql("select id from interaction_letter where query_code = :c").param("c", receipt.queryCode())
			.query(Long.class).single();
		Staff handler = staff(StaffRole.LETTER_HANDLER.forSite(site.id()));
		Staff reviewer = staff(StaffRole.LETTER_HANDLER.forSite(site.id()));
		handler.run(() -> handling.accept(id, false));
		handler.run(() -> handling.draftReply(id, "已修复。"));
		reviewer.run(() -> handling.approveReply(id, true));
		sites.publishQueued();

		assertThat(folder.resolve("hudong/dafu/" + id + ".html")).exists();
		assertThat(Jsoup.parse(Files.readString(lists.resolve("index.html"))).select(".gs-items li a").first().text())
			.isEqualTo("新的答复");
		assertThat(linked(lists)).hasSize(REPLIES + 1).contains(id);
		assertThat(lastPagesRun(site.id())).isLessThan(50);

		// withdrawn (不满意): its page goes, and every list page is written again without it
		letters.rate(receipt.queryCode(), Satisfaction.DISSATISFIED, "没有解决");
		sites.publishQueued();

		assertThat(folder.resolve("hudong/dafu/" + id + ".html")).doesNotExist();
		assertThat(linked(lists)).containsExactlyInAnyOrderElementsOf(replies);
		assertThat(Jsoup.parse(Files.readString(lists.resolve("index.html"))).select(".gs-pager-label").text())
			.isEqualTo("第 1 页，共 12 页 245 条");
	}

	/** Published replies written straight into the store, an hour apart, the last the newest. */
	private List<Long> insertReplies(long siteId, long mailbox) {
		Instant newest = Instant.now().minus(Duration.ofDays(1));
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < REPLIES; i++) {
			Instant replied = newest.minus(Duration.ofHours(REPLIES - i));
			ids.add(jdbc.sql("""
					insert into interaction_letter (mailbox_id, query_code, state, handling_site_id, received_at, receipt_day,
					    writer_name, writer_female, subject, content, content_digest, publishable, published, reply,
					    reply_site_id, replied_at)
					values (:mailbox, :code, 'REPLIED', :site, :received, :day, '王五', false, :subject, '来信内容。', :code, true, true,
					    '答复内容。', :site, :replied)
					returning id""")
				.param("mailbox", mailbox)
				.param("code", ContentFixtures.unique("code"))
				.param("site", siteId)
				.param("received", Timestamp.from(replied.minus(Duration.ofDays(3))))
				.param("day", java.sql.Date.valueOf(java.time.LocalDate.ofInstant(replied, java.time.ZoneId.of("Asia/Shanghai"))
					.minusDays(3)))
				.param("subject", "第" + i + "封答复")
				.param("replied", Timestamp.from(replied))
				.query(Long.class)
				.single());
		}
		return ids;
	}

	/** The replies the mailbox's list pages link, each time it is linked. */
	private static List<Long> linked(Path lists) throws IOException {
		List<Long> linked = new ArrayList<>();
		try (Stream<Path> pages = Files.list(lists)) {
			for (Path page : pages.toList()) {
				for (var link : Jsoup.parse(Files.readString(page)).select(".gs-items li a")) {
					String href = link.attr("href");
					linked.add(Long.parseLong(href.substring(href.lastIndexOf('/') + 1, href.length() - ".html".length())));
				}
			}
		}
		return linked;
	}

	/** How many pages the last run of the site's module pages wrote or found unchanged. */
	private int lastPagesRun(long siteId) {
		return jdbc.sql("select progress_total from publish_job where site_id = :site and kind = 'PAGES' order by id desc limit 1")
			.param("site", siteId)
			.query(Integer.class)
			.single();
	}

	private static Staff staff(String authority) {
		return new Staff(ContentFixtures.unique("replies"), List.of(StaffRole.STAFF_AUTHORITY, authority));
	}
}
