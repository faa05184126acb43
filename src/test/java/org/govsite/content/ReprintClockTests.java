package org.govsite.content;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.govsite.content.ContentFixtures.Staff;
import org.govsite.identity.StaffRole;
import org.govsite.platform.RuleViolation;
import org.govsite.test.IntegrationTest;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * 转载时限 against an upper-level portal served on loopback: the feed's first content is known
 * already, a policy appearing later goes on the editors' 工作台 with 12 calendar hours, is imported
 * in one click with its source, and a reprint published after the limit is reported late.
 */
@IntegrationTest
class ReprintClockTests {

	@Autowired
	ContentFixtures fixtures;

	@Autowired
	ReprintClock reprints;

	@Autowired
	ReviewWorkflow workflow;

	@Autowired
	DocumentLibrary library;

	@Autowired
	TestClock clock;

	@Autowired
	MockMvc mvc;

	HttpServer upstream;

	final AtomicReference<String> feed = new AtomicReference<>();

	String base;

	@BeforeEach
	void upperLevelPortal() throws IOException {
		upstream = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		upstream.createContext("/rss.xml", exchange -> {
			if (feed.get() == null) {
				exchange.sendResponseHeaders(503, -1);
				exchange.close();
				return;
			}
			answer(exchange, "application/rss+xml", feed.get());
		});
		upstream.createContext("/zc/", exchange -> answer(exchange, "text/html; charset=UTF-8", """
				<html><head><title>省政府</title></head><body><nav>导航</nav>
				<div id="zoom"><p>为进一步优化营商环境，现提出如下措施。</p></div></body></html>"""));
		upstream.start();
		base = "http://127.0.0.1:" + upstream.getAddress().getPort();
	}

	@AfterEach
	void stop() {
		upstream.stop(0);
		clock.reset();
	}

	@Test
	void aNewPolicyWaitsTwelveHoursOnTheWorkbenchAndItsLateReprintIsReported() throws Exception {
		long siteId = fixtures.portal();
		long channelId = fixtures.channel(siteId, ContentFixtures.unique("zz"));
		Staff manager = new Staff(ContentFixtures.unique("manager"), List.of(StaffRole.SITE_MANAGER.forSite(siteId)));
		Staff editor = ContentFixtures.editor(siteId);
		Staff reviewer = ContentFixtures.reviewer(siteId);

		clock.setTo(LocalDateTime.of(2026, 12, 7, 8, 0));
		long feedId = manager.run(() -> reprints.watch(siteId, "省政府门户网站", base + "/rss.xml", channelId));
		// the portal is down at first: its first good reading still only sets what is known already
		assertThat(manager.run(() -> reprints.checkNow(siteId, feedId))).isZero();
		assertThat(manager.run(() -> reprints.feeds(siteId))).singleElement()
			.extracting(ReprintFeedView::lastError).isEqualTo("HTTP 503");
		feed.set(rss(item("早已发布的政策", base + "/zc/0.html", "Sun, 06 Dec 2026 10:00:00 +0800")));
		assertThat(manager.run(() -> reprints.checkNow(siteId, feedId))).isZero();
		mvc.perform(get("/admin/sites/" + siteId + "/reprint-feeds").with(as(manager)))
			.andExpect(content().string(containsString("省政府门户网站")))
			.andExpect(content().string(containsString("<option value=\"" + channelId + "\"")));
		assertThat(editor.run(reprints::waitingForMe)).isEmpty();

		feed.set(rss(item("早已发布的政策", base + "/zc/0.html", "Sun, 06 Dec 2026 10:00:00 +0800")
				+ item("关于进一步优化营商环境的若干措施", base + "/zc/1.html", "Mon, 07 Dec 2026 09:00:00 +0800")
				+ item("关于做好冬季安全生产工作的通知", base + "/zc/2.html", "Mon, 07 Dec 2026 09:10:00 +0800")));
		clock.setTo(LocalDateTime.of(2026, 12, 7, 9, 30));
		reprints.checkAll();
		List<ReprintItemView> waiting = editor.run(reprints::waitingForMe);
		assertThat(waiting).extracting(ReprintItemView::title)
			.containsExactly("关于进一步优化营商环境的若干措施", "关于做好冬季安全生产工作的通知");
		ReprintItemView policy = waiting.getFirst();
		assertThat(policy.dueAt()).isEqualTo(Instant.parse("2026-12-07T13:00:00Z"));
		mvc.perform(get("/admin").with(as(editor)))
			.andExpect(content().string(containsString("关于进一步优化营商环境的若干措施")))
			.andExpect(content().string(containsString("须于 12-07 21:00 前发布")));
		assertThat(ContentFixtures.reviewer(fixtures.portal()).run(reprints::waitingForMe)).isEmpty();

		clock.setTo(LocalDateTime.of(2026, 12, 7, 22, 0));
		long documentId = editor.run(() -> reprints.importItem(policy.id()));
		DocumentView reprint = editor.run(() -> library.get(documentId));
		assertThat(reprint.content().reprint()).isTrue();
		assertThat(reprint.content().source()).isEqualTo("省政府门户网站");
		assertThat(reprint.content().reprintUrl()).isEqualTo(base + "/zc/1.html");
		assertThat(reprint.content().body()).contains("为进一步优化营商环境").doesNotContain("导航");
		assertThat(reprint.placements()).extracting(PlacementView::channelId).containsExactly(channelId);
		assertThatExceptionOfType(ContentRuleViolation.class).isThrownBy(() -> editor.run(() -> reprints.importItem(policy.id())))
			.extracting(ContentRuleViolation::code).isEqualTo("content.reprint.alreadyImported");

		editor.run(() -> workflow.submit(documentId, true));
		reviewer.run(() -> workflow.approve(documentId, null));
		assertThat(editor.run(reprints::waitingForMe)).extracting(ReprintItemView::title)
			.containsExactly("关于做好冬季安全生产工作的通知");

		List<ReprintItemView> report = manager.run(() -> reprints.report(siteId, LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 7)));
		Instant now = clock.instant();
		assertThat(report).extracting(item -> item.title() + "：" + item.outcomeAt(now))
			.containsExactlyInAnyOrder("关于进一步优化营商环境的若干措施：LATE", "关于做好冬季安全生产工作的通知：MISSED");
		mvc.perform(get("/admin/sites/" + siteId + "/reprint-report").param("from", "2026-12-07").param("to", "2026-12-07")
				.with(as(manager)))
			.andExpect(content().string(containsString("按时转载 0 条，逾期转载 1 条，逾期未转载 1 条")));
	}

	@Test
	void aFeedOnAnInternalAddressIsRefusedByTheFetchGuard() {
		long siteId = fixtures.portal();
		long channelId = fixtures.channel(siteId, ContentFixtures.unique("zz"));
		Staff manager = new Staff(ContentFixtures.unique("manager"), List.of(StaffRole.SITE_MANAGER.forSite(siteId)));
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> manager.run(() -> reprints.watch(siteId, "内网", "http://10.1.2.3/rss.xml", channelId)))
			.extracting(RuleViolation::code).isEqualTo("platform.fetch.internal");
		assertThat(manager.run(() -> reprints.feeds(siteId))).isEmpty();
	}

	private static String rss(String items) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>省政府</title>" + items
				+ "</channel></rss>";
	}

	private static String item(String title, String link, String date) {
		return "<item><title>" + title + "</title><link>" + link + "</link><pubDate>" + date + "</pubDate></item>";
	}

	private static void answer(HttpExchange exchange, String type, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", type);
		exchange.sendResponseHeaders(200, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor as(Staff staff) {
		return user(staff.username()).authorities(java.util.stream.Stream
			.concat(staff.authorities().stream(), java.util.stream.Stream.of(StaffRole.STAFF_AUTHORITY))
			.map(SimpleGrantedAuthority::new)
			.toList());
	}
}
