package org.govsite.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.govsite.channel.ChannelDetails;
import org.govsite.channel.ChannelKind;
import org.govsite.channel.ChannelManagement;
import org.govsite.content.ReprintClock;
import org.govsite.identity.Grant;
import org.govsite.identity.StaffRole;
import org.govsite.identity.TestAccounts;
import org.govsite.platform.RunAs;
import org.govsite.site.SiteKind;
import org.govsite.site.SiteManagement;
import org.govsite.site.SiteProfile;
import org.govsite.site.SiteRegistration;
import org.govsite.test.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * 转载时限 in the browser: a policy appears on the provincial portal's feed (served on loopback); the
 * editor finds it on the 工作台 with its deadline, imports it in one click and lands on the reprint,
 * which names its source.
 */
@BrowserTest
class ReprintWalkThroughTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	SiteManagement sites;

	@Autowired
	ChannelManagement channels;

	@Autowired
	ReprintClock reprints;

	HttpServer upstream;

	final AtomicReference<String> feed = new AtomicReference<>(rss(""));

	String editor;

	@BeforeEach
	void aSiteWatchingTheProvincialPortal() throws IOException {
		upstream = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		upstream.createContext("/rss.xml", exchange -> answer(exchange, "application/rss+xml", feed.get()));
		upstream.createContext("/zc/", exchange -> answer(exchange, "text/html; charset=UTF-8",
				"<html><body><div id=\"zoom\"><p>各市县要抓紧落实稳就业各项措施。</p></div></body></html>"));
		upstream.start();
		String base = "http://127.0.0.1:" + upstream.getAddress().getPort();

		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String[] admin = { StaffRole.SYSTEM_ADMIN.authority(), StaffRole.STAFF_AUTHORITY };
		long siteId = RunAs.actor("browser-setup", () -> sites.apply(
				new SiteRegistration(SiteKind.PORTAL, null, "转载测试县人民政府" + suffix, null, null, null, null, null, null, null),
				new SiteProfile("转载测试县人民政府办公室" + suffix, null, null, "张三", null, null, null, null)), admin);
		long channelId = RunAs.actor("browser-setup", () -> channels.create(siteId, null,
				ChannelDetails.of("上级文件", "sjwj", ChannelKind.POLICY, "办公室", "李四")), admin);
		long feedId = RunAs.actor("browser-setup", () -> reprints.watch(siteId, "省政府门户网站", base + "/rss.xml", channelId),
				admin);
		RunAs.actor("browser-setup", () -> reprints.checkNow(siteId, feedId), admin);
		String now = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now());
		feed.set(rss("<item><title>关于进一步稳定和扩大就业的若干措施</title><link>" + base + "/zc/1.html</link><pubDate>" + now
				+ "</pubDate></item>"));
		RunAs.actor("browser-setup", () -> reprints.checkNow(siteId, feedId), admin);
		editor = TestAccounts.uniqueName("editor");
		accounts.create(editor, Grant.site(StaffRole.EDITOR, siteId));
	}

	@AfterEach
	void stop() {
		upstream.stop(0);
	}

	@Test
	void givenANewUpperLevelPolicyWhenTheEditorImportsItThenTheReprintNamesItsSource(Page page) {
		page.navigate("/login");
		page.locator("#username").fill(editor);
		page.locator("#password").fill(TestAccounts.PASSWORD);
		page.locator("form.form button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile(".*/admin$"));
		assertThat(page.locator("main")).containsText("转载省政府门户网站发布的政策“关于进一步稳定和扩大就业的若干措施”");

		page.navigate("/admin/reprints");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("一键转载“关于进一步稳定和扩大就业的若干措施”"))
			.click();
		assertThat(page.locator(".flash.success")).containsText("已生成转载稿件并注明来源");
		assertThat(page.locator("#title")).hasValue("关于进一步稳定和扩大就业的若干措施");
		assertThat(page.locator("#source")).hasValue("省政府门户网站");
	}

	private static String rss(String items) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>省政府</title>" + items
				+ "</channel></rss>";
	}

	private static void answer(HttpExchange exchange, String type, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", type);
		exchange.sendResponseHeaders(200, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}
}
