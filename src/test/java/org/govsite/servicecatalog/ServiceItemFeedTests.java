package org.govsite.servicecatalog;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;

import org.govsite.content.ContentFixtures.Staff;
import org.govsite.identity.StaffAccess;
import org.govsite.identity.StaffRole;
import org.govsite.jobs.RecurringJob;
import org.govsite.platform.FetchGuard;
import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.publish.PublishJobs;
import org.govsite.servicecatalog.internal.FeedRunStore;
import org.govsite.servicecatalog.internal.GuideCheck;
import org.govsite.servicecatalog.internal.GuideSearchEntries;
import org.govsite.servicecatalog.internal.ItemFeedProperties;
import org.govsite.servicecatalog.internal.JsonFeedServiceItemSource;
import org.govsite.servicecatalog.internal.ServiceItemStore;
import org.govsite.site.SiteDirectory;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Service items from the 政务服务 system through the default adapter: a JSON feed served on
 * 127.0.0.1 by the test, read through the fetch guard. Items go to the site their 标识码 names, are
 * matched there by 事项编码 (added, updated, never duplicated), and each wrong item is named in
 * Chinese while the others are imported.
 */
@IntegrationTest
class ServiceItemFeedTests {

	static final Staff ADMIN = new Staff("feed-admin", List.of("STAFF", StaffRole.SYSTEM_ADMIN.authority()));

	@Autowired
	PublishFixtures sites;

	@Autowired
	FetchGuard guard;

	@Autowired
	ServiceItemStore store;

	@Autowired
	GuideCheck check;

	@Autowired
	GuideSearchEntries search;

	@Autowired
	FeedRunStore runs;

	@Autowired
	SiteDirectory directory;

	@Autowired
	StaffAccess access;

	@Autowired
	PublishJobs publishing;

	@Autowired
	MessageSource messages;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<RecurringJob> jobs;

	@Autowired
	MockMvc mvc;

	HttpServer server;

	final AtomicReference<String> body = new AtomicReference<>("[]");

	final AtomicInteger status = new AtomicInteger(200);

	ServiceItemFeed feed;

	TestSite portal;

	TestSite department;

	@BeforeEach
	void serve() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/items.json", exchange -> {
			byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(status.get(), bytes.length);
			exchange.getResponseBody().write(bytes);
			exchange.close();
		});
		server.start();
		String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/items.json";
		feed = new ServiceItemFeed(new JsonFeedServiceItemSource(new ItemFeedProperties(url, java.time.LocalTime.of(2, 30)), guard),
				store, check, search, runs, directory, access, publishing, messages, clock);
		portal = sites.onlineSite();
		department = sites.onlineDepartmentSite(portal);
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	private static String code() {
		return "F" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	private static String item(String siteCode, String code, String name, String fees) {
		return """
				{"siteCode": "%s", "code": "%s", "name": "%s", "theme": "户籍办理", "target": "PERSON", "fullyOnline": true,
				 "basis": "《中华人民共和国户口登记条例》第七条", "conditions": "新生儿出生后一个月内", "place": "县政务服务中心",
				 "agency": "县公安局", "fees": "%s", "hours": "工作日 9:00-17:00", "phone": "0898-12345678",
				 "process": "申请、受理、办结", "timeLimit": "5 个工作日",
				 "materials": [{"name": "出生医学证明", "format": "原件", "copies": 1}],
				 "links": {"faq": "/faq/"}}""".formatted(siteCode, code, name, fees);
	}

	private int stored(String code) {
		return jdbc.sql("select count(*) from service_item where code = :code").param("code", code).query(Integer.class).single();
	}

	@Test
	void itemsAreAddedToTheirSitesThenMatchedByCodeAndEachWrongOneIsNamed() {
		String birth = code();
		String school = code();
		String incomplete = code();
		String lost = code();
		body.set("[" + String.join(",", item(portal.code(), birth, "出生登记", "不收费"),
				item(department.code(), school, "户口迁移", "不收费"),
				item(portal.code(), birth, "出生登记", "不收费"),
				item("9999999999", lost, "户口迁移", "不收费"),
				item(portal.code(), incomplete, "死亡注销", "").replace("\"basis\": \"《中华人民共和国户口登记条例》第七条\",", ""),
				"{\"siteCode\": \"" + portal.code() + "\", \"code\": \"X-1\", \"name\": \"某事项\", \"theme\": \"户籍办理\"}")
				+ "]");

		FeedRun first = ADMIN.run(feed::importNow);

		assertThat(first.added()).isEqualTo(2);
		assertThat(first.errors()).containsExactly(
				"第 6 项（事项编码 X-1）：缺少字段“target”。",
				"第 3 项（事项编码 " + birth + "）：同一网站的事项编码 " + birth + " 在数据中出现多次，仅导入第一次出现的事项。",
				"第 4 项（事项编码 " + lost + "）：标识码“9999999999”不是平台上在运行的网站。",
				"第 5 项（事项编码 " + incomplete + "）：办事指南要素不全，缺少：设定依据、收费标准。");
		assertThat(jdbc.sql("select site_id from service_item where code = :code").param("code", birth).query(Long.class).single())
			.isEqualTo(portal.id());
		assertThat(jdbc.sql("select site_id from service_item where code = :code").param("code", school).query(Long.class).single())
			.isEqualTo(department.id());
		assertThat(stored(incomplete) + stored(lost)).isZero();

		body.set("[" + item(portal.code(), birth, "出生登记", "免费") + "," + item(department.code(), school, "户口迁移", "不收费") + "]");
		FeedRun second = ADMIN.run(feed::importNow);

		assertThat(second).extracting(FeedRun::added, FeedRun::updated, FeedRun::unchanged, FeedRun::errors)
			.containsExactly(0, 1, 1, List.of());
		assertThat(stored(birth)).isOne();
		assertThat(jdbc.sql("select fees from service_item where code = :code").param("code", birth).query(String.class).single())
			.isEqualTo("免费");
		assertThat(ADMIN.run(feed::lastRun)).hasValueSatisfying(last -> assertThat(last.updated()).isOne());
	}

	@Test
	void aFeedThatCannotBeReadKeepsTheItemsAndSaysSo() {
		String birth = code();
		body.set("[" + item(portal.code(), birth, "出生登记", "不收费") + "]");
		ADMIN.run(feed::importNow);
		status.set(500);

		FeedRun failed = ADMIN.run(feed::importNow);

		assertThat(failed.errors()).containsExactly("无法读取政务服务系统的事项数据，本次未导入任何事项，已保留原有事项。");
		assertThat(stored(birth)).isOne();
	}

	@Test
	void theImportIsScheduledDailyAndTheConsoleSaysWhenNoSystemIsConfigured() throws Exception {
		assertThat(jobs).filteredOn(job -> job.name().equals("servicecatalog.item-feed"))
			.singleElement()
			.satisfies(job -> assertThat(job.dailyAt()).isNotNull());
		mvc.perform(post("/admin/services/feed/import").with(csrf())
			.with(user("admin").authorities(new SimpleGrantedAuthority("STAFF"),
					new SimpleGrantedAuthority(StaffRole.SYSTEM_ADMIN.authority()))))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("feedError",
					"尚未配置政务服务系统的事项数据地址（govsite.servicecatalog.item-feed.url）。"));
	}
}
