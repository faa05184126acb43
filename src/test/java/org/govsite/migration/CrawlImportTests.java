package org.govsite.migration;

import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.govsite.content.ContentFixtures.Staff;
import org.govsite.identity.StaffRole;
import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.site.HistoryEntry;
import org.govsite.site.LifecycleStep;
import org.govsite.site.SiteManagement;
import org.govsite.site.StepInput;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * An old GBK government site on loopback is crawled, its sections mapped, imported and published:
 * every old page and file leads to its new address, files are identical by hash, original dates are
 * kept, robots.txt and broken links show in the report, and a paused crawl resumes without fetching
 * any page twice.
 */
@IntegrationTest
class CrawlImportTests {

	static final Staff ADMIN = new Staff("migration-admin", List.of(StaffRole.SYSTEM_ADMIN.authority(), "STAFF"));

	@Autowired
	Migrations migrations;

	@Autowired
	PublishFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	SiteManagement siteManagement;

	OldSite old;

	TestSite site;

	@BeforeEach
	void oldSite() throws Exception {
		old = new OldSite(6);
		site = fixtures.onlineSite();
	}

	@AfterEach
	void stop() {
		old.close();
	}

	@Test
	void anOldGbkSiteIsCrawledMappedImportedAndEveryOldAddressRedirects() throws Exception {
		long id = ADMIN.run(() -> migrations.create(new MigrationRequest(site.id(), null, "旧县门户迁移", old.base() + "/", 2, 50,
				1000, true)));

		List<PageReading> sample = ADMIN.run(() -> migrations.preview(id, CrawlRules.defaults()));
		assertThat(sample).extracting(PageReading::kind).contains(PageKind.DETAIL, PageKind.LIST);
		PageReading detail = sample.stream().filter(r -> r.kind() == PageKind.DETAIL).findFirst().orElseThrow();
		assertThat(detail.title()).startsWith("县政府召开常务会议").doesNotContain("旧县人民政府");
		assertThat(detail.source()).isEqualTo("旧县新闻动态办公室");
		assertThat(detail.attachments()).singleElement().asString().endsWith(".pdf");

		ADMIN.run(() -> migrations.crawl(id));
		await(id, MigrationState.CRAWLED);

		List<SectionView> sections = ADMIN.run(() -> migrations.sections(id));
		assertThat(sections).extracting(SectionView::section).containsExactlyInAnyOrder("/xwdt/", "/tzgg/");
		SectionView news = sections.stream().filter(s -> s.section().equals("/xwdt/")).findFirst().orElseThrow();
		assertThat(news.label()).isEqualTo("新闻动态");
		assertThat(news.documents()).isEqualTo(6);
		assertThat(news.suggestedChannelId()).isEqualTo(site.news());
		ADMIN.run(() -> migrations.map(id, Map.of("/xwdt/", site.news(), "/tzgg/", site.news())));

		ADMIN.run(() -> migrations.importDocuments(id, true));
		await(id, MigrationState.IMPORTED);
		fixtures.publishQueued();
		MigrationView done = ADMIN.run(() -> migrations.find(id));
		assertThat(done.imported()).isEqualTo(12);
		assertThat(done.approvedBy()).isEqualTo("migration-admin");

		Map<String, String> published = fixtures.files(site.code());
		String prefix = "/sites/" + site.code() + "/";
		for (String path : old.detailPages().keySet()) {
			String target = redirect(old.base() + path);
			assertThat(target).as(path).startsWith(prefix);
			String page = published.get(target.substring(prefix.length()));
			assertThat(page).as(target).isNotNull();
			String html = new String(page.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), java.nio.charset.StandardCharsets.UTF_8);
			assertThat(html).contains(path.contains("xwdt") ? "县政府召开常务会议" : "关于做好冬季防火工作的通知");
			String pdf = path.replaceFirst("/2020\\d\\d/t2020\\d{4}_(\\d+)\\.html", "/P2020_$1.pdf");
			String file = redirect(old.base() + pdf);
			String sha = sha256(old.body(pdf));
			assertThat(file).as(pdf).isEqualTo(prefix + "files/" + sha + ".pdf");
			assertThat(sha256(Files.readAllBytes(fixtures.folder(site.code()).resolve("files/" + sha + ".pdf")))).isEqualTo(sha);
		}
		assertThat(redirect(old.base() + "/xwdt/")).isEqualTo(prefix + "xwdt/index.html");
		assertThat(redirect(old.base() + "/tzgg/index.html")).isEqualTo(prefix + "xwdt/index.html");
		assertThat(redirect(old.base() + "/")).isEqualTo(prefix);
		assertThat(redirect(old.base() + "/xwdt/images/photo.png")).startsWith(prefix + "files/")
			.endsWith(sha256(old.body("/xwdt/images/photo.png")) + ".png");

		// original dates kept: t20200202_1 was published on 2 February 2020 (Beijing time)
		String first = redirect(old.base() + "/xwdt/202002/t20200202_1.html");
		long documentId = Long.parseLong(first.replaceFirst(".*/t(\\d+)\\.html", "$1"));
		assertThat(jdbc.sql("select first_published_at from content_document where id = ?").param(documentId)
			.query(java.sql.Timestamp.class).single().toInstant()).isEqualTo(Instant.parse("2020-02-02T01:00:00Z"));

		List<PageLine> unmapped = ADMIN.run(() -> migrations.unmapped(id, 100));
		assertThat(unmapped).extracting(PageLine::url).contains(old.base() + "/missing.html", old.base() + "/private/secret.html");
		assertThat(unmapped).filteredOn(line -> line.url().endsWith("/missing.html")).singleElement()
			.extracting(PageLine::error).isEqualTo("HTTP 404");
		assertThat(old.hits("/private/secret.html")).isZero();
		mvc.perform(get("/api/public/redirect").param("from", old.base() + "/missing.html"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isNotFound());

		String console = mvc.perform(get("/admin/migrations/" + id).with(CONSOLE)).andReturn().getResponse().getContentAsString();
		assertThat(console).contains("迁移报告", "已导入", old.base() + "/missing.html", "HTTP 404", "robots.txt 不允许抓取");
		assertThat(mvc.perform(get("/admin/migrations").with(CONSOLE)).andReturn().getResponse().getContentAsString())
			.contains("旧县门户迁移", "网站迁移");
		String map = mvc.perform(get("/admin/migrations/redirects.map").with(CONSOLE)).andReturn().getResponse()
			.getContentAsString();
		assertThat(map).contains("map $host$request_uri $govsite_migrated", "\"localhost/xwdt/202002/t20200202_1.html\" \"" + first + "\";");
		// the same entries beside the published sites, for deploy/nginx/govsite.conf's map
		assertThat(Files.readString(fixtures.folder(site.code()).resolveSibling("govsite-migrated.map")))
			.contains("\"localhost/xwdt/202002/t20200202_1.html\" \"" + first + "\";")
			.doesNotContain("map ");
	}

	static final org.springframework.test.web.servlet.request.RequestPostProcessor CONSOLE = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
		.user("migration-admin")
		.authorities(List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_SYSTEM_ADMIN"),
				new org.springframework.security.core.authority.SimpleGrantedAuthority("STAFF")));

	@Test
	void aPausedCrawlResumesWithoutFetchingAnyPageTwice() throws Exception {
		long id = ADMIN.run(() -> migrations.create(new MigrationRequest(site.id(), null, "中断续抓", old.base() + "/", 1, 50,
				1000, true)));
		int[] served = { 0 };
		old.onRequest(path -> {
			if (++served[0] == 6) {
				jdbc.sql("update migration_run set state = 'PAUSED' where id = ?").param(id).update();
			}
		});
		ADMIN.run(() -> migrations.crawl(id));
		await(id, MigrationState.PAUSED);
		waitUntil("the paused crawl's job ends", () -> jdbc.sql(
				"select count(*) from scheduled_tasks where task_name = 'migration.crawl' and task_instance = ?")
			.param(String.valueOf(id)).query(Integer.class).single() == 0);
		MigrationView paused = ADMIN.run(() -> migrations.find(id));
		assertThat(paused.queued()).isPositive();
		assertThat(paused.done()).isLessThan(15);

		ADMIN.run(() -> migrations.crawl(id));
		await(id, MigrationState.CRAWLED);
		MigrationView crawled = ADMIN.run(() -> migrations.find(id));
		assertThat(crawled.queued()).isZero();
		assertThat(crawled.done()).isGreaterThanOrEqualTo(15);
		for (String path : old.paths()) {
			if (!path.equals("/robots.txt") && !path.endsWith("/") && !path.endsWith(".pdf") && !path.endsWith(".png")) {
				assertThat(old.hits(path)).as(path).isLessThanOrEqualTo(path.startsWith("/private/") ? 0 : 1);
			}
		}
		assertThat(old.detailPages().keySet()).allSatisfy(path -> assertThat(old.hits(path)).as(path).isEqualTo(1));
	}

	@Test
	void theOldSiteOfTheGroupAsksToCloseWithTheNewSiteAsItsMigrationTarget() {
		TestSite department = fixtures.onlineDepartmentSite(site);
		long id = ADMIN.run(() -> migrations.create(new MigrationRequest(site.id(), department.id(), "部门网站并入门户",
				old.base() + "/", 2, 50, 1000, true)));
		ADMIN.run(() -> migrations.crawl(id));
		await(id, MigrationState.CRAWLED);
		assertThatThrownBy(() -> ADMIN.run(() -> migrations.closeOldSite(id, "并入门户网站")))
			.isInstanceOf(org.govsite.platform.RuleViolation.class).extracting("code").isEqualTo("migration.state");
		ADMIN.run(() -> migrations.map(id, Map.of("/xwdt/", site.news())));
		ADMIN.run(() -> migrations.importDocuments(id, true));
		await(id, MigrationState.IMPORTED);

		ADMIN.run(() -> migrations.closeOldSite(id, "并入门户网站"));
		new Staff("test-admin2", List.of(StaffRole.SYSTEM_ADMIN.authority(), "STAFF"))
			.run(() -> siteManagement.perform(department.id(), LifecycleStep.APPROVE_REQUEST, StepInput.none()));

		List<HistoryEntry> history = ADMIN.run(() -> siteManagement.history(department.id()));
		assertThat(history).extracting(HistoryEntry::step).contains(LifecycleStep.START_CLOSING, LifecycleStep.BEGIN_CLOSING);
		assertThat(history.stream().filter(h -> h.step() == LifecycleStep.START_CLOSING).findFirst().orElseThrow().reason())
			.isEqualTo("并入门户网站");
		var lifecycle = ADMIN.run(() -> siteManagement.site(department.id())).lifecycle();
		assertThat(lifecycle.migrationTargetId()).isEqualTo(site.id());
		assertThat(lifecycle.closingCompletableOn()).isAfterOrEqualTo(lifecycle.closingNoticeFrom().plusDays(30));
		assertThat(ADMIN.run(() -> siteManagement.notices(department.id()))).isNotEmpty()
			.anySatisfy(notice -> assertThat(notice.shownUntil()).isAfterOrEqualTo(notice.shownFrom().plusDays(30)));
		assertThat(ADMIN.run(() -> siteManagement.changeRecords(department.id()))).isNotEmpty();
	}

	@Test
	void importedAsDraftsTheDocumentsWaitForReviewWithTheirOriginalDates() throws Exception {
		long id = ADMIN.run(() -> migrations.create(new MigrationRequest(site.id(), null, "送审迁移", old.base() + "/", 2, 50,
				1000, false)));
		ADMIN.run(() -> migrations.crawl(id));
		await(id, MigrationState.CRAWLED);
		ADMIN.run(() -> migrations.map(id, Map.of("/xwdt/", site.news())));

		ADMIN.run(() -> migrations.importDocuments(id, false));
		await(id, MigrationState.IMPORTED);

		MigrationView done = ADMIN.run(() -> migrations.find(id));
		assertThat(done.imported()).isEqualTo(6);
		assertThat(done.publish()).isFalse();
		assertThat(done.approvedBy()).isNull();
		String first = redirect(old.base() + "/xwdt/202002/t20200202_1.html");
		long documentId = Long.parseLong(first.replaceFirst(".*/t(\\d+)\\.html", "$1"));
		Map<String, Object> document = jdbc.sql("select state, review_level, live_version, first_published_at from content_document where id = ?")
			.param(documentId).query().singleRow();
		assertThat(document).containsEntry("state", "IN_REVIEW").containsEntry("review_level", 1)
			.containsEntry("live_version", null).containsEntry("first_published_at", null);
		assertThat(jdbc.sql("select display_date from content_version where document_id = ?").param(documentId)
			.query(java.sql.Timestamp.class).single().toInstant()).isEqualTo(Instant.parse("2020-02-02T01:00:00Z"));
		assertThat(jdbc.sql("select count(*) from content_placement where document_id = ? and live").param(documentId)
			.query(Integer.class).single()).isZero();
		String console = mvc.perform(get("/admin/migrations/" + id).with(CONSOLE)).andReturn().getResponse().getContentAsString();
		assertThat(console).contains("文章已作为待审稿件导入").doesNotContain("发布审核人");
	}

	@Test
	void aSitemapIndexStartsTheCrawlBesideTheStartAddress() {
		old.add("/sitemap_index.xml", "application/xml", """
				<?xml version="1.0" encoding="UTF-8"?>
				<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
				  <sitemap><loc>%s/maps/sitemap-xxgk.xml</loc></sitemap>
				</sitemapindex>""".formatted(old.base()));
		old.add("/maps/sitemap-xxgk.xml", "text/xml", """
				<?xml version="1.0" encoding="UTF-8"?>
				<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
				  <url><loc>%s/xxgk/201905/t20190506_9.html</loc><lastmod>2019-05-06</lastmod></url>
				  <url><loc>http://www.example.gov.cn/elsewhere.html</loc></url>
				</urlset>""".formatted(old.base()));
		old.add("/xxgk/201905/t20190506_9.html", "text/html; charset=utf-8", """
				<html><head><title>信息公开指南_旧县人民政府</title></head><body>
				<h1>旧县人民政府信息公开指南</h1><div class="info">发布时间：2019-05-06　来源：旧县政府办公室</div>
				<div class="TRS_Editor"><p>为了更好地开展政府信息公开工作，根据《中华人民共和国政府信息公开条例》，编制本指南。</p>
				<p>凡需要获取主动公开政府信息的公民、法人和其他组织，可查阅本指南。</p></div></body></html>""");
		assertThatThrownBy(() -> ADMIN.run(() -> migrations.create(new MigrationRequest(site.id(), null, "别处的地图",
				old.base() + "/", 2, 50, 1000, true, "http://127.0.0.1:" + old.base().replaceFirst(".*:", "") + "/sitemap.xml"))))
			.isInstanceOf(org.govsite.platform.RuleViolation.class).extracting("code").isEqualTo("migration.sitemap.host");

		long id = ADMIN.run(() -> migrations.create(new MigrationRequest(site.id(), null, "按网站地图抓取", old.base() + "/", 2,
				50, 1000, true, old.base() + "/sitemap_index.xml")));
		ADMIN.run(() -> migrations.crawl(id));
		await(id, MigrationState.CRAWLED);

		// the guide is linked from no page: only the sitemap leads to it
		assertThat(ADMIN.run(() -> migrations.pages(id, "DONE", 500)))
			.filteredOn(line -> line.url().equals(old.base() + "/xxgk/201905/t20190506_9.html")).singleElement()
			.satisfies(line -> {
				assertThat(line.kind()).isEqualTo(PageKind.DETAIL);
				assertThat(line.title()).isEqualTo("旧县人民政府信息公开指南");
			});
		assertThat(ADMIN.run(() -> migrations.sections(id))).extracting(SectionView::section).contains("/xxgk/");
		assertThat(ADMIN.run(() -> migrations.pages(id, null, 500))).extracting(PageLine::url)
			.doesNotContain("http://www.example.gov.cn/elsewhere.html");
		assertThat(ADMIN.run(() -> migrations.find(id)).sitemapUrl()).isEqualTo(old.base() + "/sitemap_index.xml");
	}

	@Test
	void aPageThatKeepsFailingIsFailedAfterItsRetriesAndTheCrawlFinishesWithFailures() throws Exception {
		String recovering = "/xwdt/202003/t20200303_2.html";
		String down = "/tzgg/202003/t20200303_2.html";
		old.unavailable(recovering, 2);
		old.unavailable(down, 100);
		long id = ADMIN.run(() -> migrations.create(new MigrationRequest(site.id(), null, "重试", old.base() + "/", 2, 50,
				1000, true)));

		ADMIN.run(() -> migrations.crawl(id));
		await(id, MigrationState.CRAWLED);

		MigrationView crawled = ADMIN.run(() -> migrations.find(id));
		assertThat(crawled.finishedWithFailures()).isTrue();
		List<PageLine> failed = ADMIN.run(() -> migrations.pages(id, "FAILED", 100));
		assertThat(failed).filteredOn(line -> line.url().equals(old.base() + down)).singleElement()
			.satisfies(line -> {
				assertThat(line.error()).isEqualTo("已尝试 3 次仍失败：HTTP 503");
				assertThat(line.httpStatus()).isEqualTo(503);
			});
		assertThat(old.hits(down)).isEqualTo(3);
		assertThat(ADMIN.run(() -> migrations.pages(id, "DONE", 100))).extracting(PageLine::url).contains(old.base() + recovering);
		assertThat(old.hits(recovering)).isEqualTo(3);

		String console = mvc.perform(get("/admin/migrations/" + id).with(CONSOLE)).andReturn().getResponse().getContentAsString();
		assertThat(console).contains("待对应栏目", "个页面失败", "抓取失败的页面", old.base() + down, "已尝试 3 次仍失败：HTTP 503");
	}

	private String redirect(String oldUrl) throws Exception {
		MvcResult result = mvc.perform(get("/api/public/redirect").param("from", oldUrl)).andReturn();
		assertThat(result.getResponse().getStatus()).as(oldUrl).isEqualTo(301);
		return result.getResponse().getHeader("Location");
	}

	private void await(long id, MigrationState state) {
		waitUntil("migration " + id + " " + state, () -> {
			MigrationView view = ADMIN.run(() -> migrations.find(id));
			assertThat(view.state()).as(view.error() == null ? "" : view.error()).isNotEqualTo(MigrationState.FAILED);
			return view.state() == state;
		});
	}

	private static void waitUntil(String what, Supplier<Boolean> condition) {
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (!condition.get()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("waited 90 s for " + what);
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
		}
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}
}
