package org.govsite.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.govsite.GovSiteApplication;
import org.govsite.channel.ChannelDetails;
import org.govsite.channel.ChannelKind;
import org.govsite.channel.ChannelManagement;
import org.govsite.channel.ChannelOutline;
import org.govsite.identity.StaffRole;
import org.govsite.migration.MigrationRequest;
import org.govsite.migration.MigrationState;
import org.govsite.migration.MigrationView;
import org.govsite.migration.Migrations;
import org.govsite.site.LifecycleStep;
import org.govsite.site.SecurityAssessment;
import org.govsite.site.SiteKind;
import org.govsite.site.SiteManagement;
import org.govsite.site.SiteProfile;
import org.govsite.site.SiteRegistration;
import org.govsite.site.StepInput;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.govsite.bench.PublishBenchmark.as;

/**
 * The migration benchmark: an old GBK site of N detail pages (10 sections, list pages of 50 links,
 * a PDF attached to every tenth page) generated on the fly and served on loopback, crawled and
 * imported by the whole platform (role admin, its embedded PostgreSQL, a scratch data directory).
 * Prints pages per second of the crawl, of the import, and of both. The crawl's delay between
 * requests is set to 0 and its concurrency to 8 here, to measure the platform rather than its
 * politeness (with the default 500 ms delay a crawl makes 2 requests a second, whatever the engine).
 */
public final class MigrationBenchmark {

	static final Charset GBK = Charset.forName("GBK");

	static final int SECTIONS = 10;

	static final int PER_LIST = 50;

	private MigrationBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int pages = args.length == 0 ? 10_000 : Integer.parseInt(args[0]);
		HttpServer old = oldSite(pages);
		Path data = Files.createTempDirectory("govsite-bench-migration");
		SpringApplication application = new SpringApplication(GovSiteApplication.class);
		application.setDefaultProperties(Map.of("govsite.data-dir", data.toString(), "govsite.role", "admin", "server.port",
				"0", "govsite.demo.enabled", "false", "spring.main.banner-mode", "off", "logging.level.root", "WARN"));
		try (ConfigurableApplicationContext context = application.run()) {
			long siteId = site(context);
			Migrations migrations = context.getBean(Migrations.class);
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			String admin = StaffRole.SYSTEM_ADMIN.authority();
			long id = as(admin, () -> migrations.create(new MigrationRequest(siteId, null, "基准迁移",
					"http://localhost:" + old.getAddress().getPort() + "/", 8, 50, pages * 2, true)));
			jdbc.sql("update migration_run set delay_millis = 0 where id = ?").param(id).update();
			long start = System.nanoTime();
			as(admin, () -> migrations.crawl(id));
			MigrationView crawled = await(migrations, id, MigrationState.CRAWLED);
			double crawlSeconds = (System.nanoTime() - start) / 1e9;
			long channel = jdbc.sql("select id from channel where site_id = ? and code = 'xwdt'").param(siteId).query(Long.class).single();
			Map<String, Long> mapping = new java.util.HashMap<>();
			as(admin, () -> migrations.sections(id)).forEach(section -> mapping.put(section.section(), channel));
			as(admin, () -> migrations.map(id, mapping));
			long importStart = System.nanoTime();
			as(admin, () -> migrations.importDocuments(id, true));
			MigrationView imported = await(migrations, id, MigrationState.IMPORTED);
			double importSeconds = (System.nanoTime() - importStart) / 1e9;
			System.out.printf(Locale.ROOT, "old site: %d detail pages, %d sections, %d list pages, %d PDFs (GBK, loopback)%n",
					pages, SECTIONS, (pages + PER_LIST - 1) / PER_LIST, pages / 10);
			System.out.printf(Locale.ROOT, "crawl: %d pages read in %.1f s = %.1f pages/s (concurrency 8, no delay)%n",
					crawled.done(), crawlSeconds, crawled.done() / crawlSeconds);
			System.out.printf(Locale.ROOT, "import: %d documents in %.1f s = %.1f documents/s (with their files)%n",
					imported.imported(), importSeconds, imported.imported() / importSeconds);
			System.out.printf(Locale.ROOT, "end to end: %.1f pages imported per second%n",
					imported.imported() / (crawlSeconds + importSeconds));
		}
		finally {
			old.stop(0);
			((ExecutorService) old.getExecutor()).shutdownNow();
		}
	}

	private static MigrationView await(Migrations migrations, long id, MigrationState state) throws InterruptedException {
		while (true) {
			MigrationView view = as(StaffRole.SYSTEM_ADMIN.authority(), () -> migrations.find(id));
			if (view.state() == state) {
				return view;
			}
			if (view.state() == MigrationState.FAILED || view.error() != null) {
				throw new IllegalStateException("migration failed: " + view.error());
			}
			Thread.sleep(200);
		}
	}

	private static long site(ConfigurableApplicationContext context) {
		SiteManagement sites = context.getBean(SiteManagement.class);
		ChannelManagement channels = context.getBean(ChannelManagement.class);
		String code = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L));
		String admin = StaffRole.SYSTEM_ADMIN.authority();
		long siteId = as(admin, () -> sites.apply(new SiteRegistration(SiteKind.PORTAL, null, "迁入县人民政府", code,
				"m" + code + ".gov.cn", null, "琼ICP备" + code + "号", "琼公网安备" + code + "号", "bm" + code,
				new SecurityAssessment(3, "46" + code, LocalDate.of(2026, 1, 5), true)),
				new SiteProfile("迁入县人民政府办公室", null, null, "张三", "李四", "0898-12345678", null, "迁入县人民路1号")));
		as(StaffRole.SITE_MANAGER.forSite(siteId), () -> sites.perform(siteId, LifecycleStep.APPROVE, StepInput.none()));
		as("bench-supervisor", admin, () -> sites.perform(siteId, LifecycleStep.APPROVE, StepInput.none()));
		as(admin, () -> sites.perform(siteId, LifecycleStep.GO_ONLINE, StepInput.none()));
		as(admin, () -> channels.createTree(siteId, null,
				List.of(ChannelOutline.of(ChannelDetails.of("新闻动态", "xwdt", ChannelKind.NEWS, "办公室", "王五")))));
		return siteId;
	}

	/** Pages made on request: /, /s{k}/index_{n}.html lists, /s{k}/2020mm/t2020mmdd_{i}.html details, /s{k}/P{i}.pdf. */
	static HttpServer oldSite(int pages) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
		server.setExecutor(Executors.newFixedThreadPool(8));
		int lists = (pages + PER_LIST - 1) / PER_LIST;
		server.createContext("/", exchange -> {
			String path = exchange.getRequestURI().getPath();
			if (path.equals("/")) {
				StringBuilder home = new StringBuilder("<html><head><meta charset=\"gbk\"><title>旧县人民政府</title></head><body><ul>");
				for (int n = 0; n < lists; n++) {
					home.append("<li><a href=\"/s").append(n % SECTIONS).append("/index_").append(n).append(".html\">栏目")
						.append(n % SECTIONS).append("第").append(n).append("页</a></li>");
				}
				answer(exchange, 200, "text/html", home.append("</ul></body></html>").toString().getBytes(GBK));
			}
			else if (path.matches("/s\\d+/index_\\d+\\.html")) {
				int n = Integer.parseInt(path.replaceAll(".*index_(\\d+)\\.html", "$1"));
				StringBuilder list = new StringBuilder("<html><head><meta charset=\"gbk\"><title>栏目" + n % SECTIONS
						+ "</title></head><body><h1>栏目" + n % SECTIONS + "</h1><ul>");
				for (int i = n * PER_LIST; i < Math.min(pages, (n + 1) * PER_LIST); i++) {
					list.append("<li><a href=\"").append(detail(n % SECTIONS, i)).append("\">县政府工作动态").append(i).append("</a></li>");
				}
				answer(exchange, 200, "text/html", list.append("</ul></body></html>").toString().getBytes(GBK));
			}
			else if (path.matches("/s\\d+/2020\\d\\d/t2020\\d{4}_\\d+\\.html")) {
				int i = Integer.parseInt(path.replaceAll(".*_(\\d+)\\.html", "$1"));
				String html = "<html><head><meta charset=\"gbk\"><title>县政府工作动态" + i + "</title></head><body><h1>县政府工作动态" + i
						+ "</h1><div class=\"info\">发布时间：2020-0" + (1 + i % 9) + "-1" + (i % 9) + "　来源：县政府办公室</div><div class=\"TRS_Editor\">"
						+ "<p>为进一步做好全县经济社会发展各项工作，县政府召开专题会议，研究部署近期重点任务。</p>".repeat(6)
						+ (i % 10 == 0 ? "<p>附件：<a href=\"/s" + i % SECTIONS + "/P" + i + ".pdf\">附件" + i + ".pdf</a></p>" : "")
						+ "</div></body></html>";
				answer(exchange, 200, "text/html", html.getBytes(GBK));
			}
			else if (path.matches("/s\\d+/P\\d+\\.pdf")) {
				answer(exchange, 200, "application/pdf", ("%PDF-1.4\n% " + path + "\ntrailer << >>\n%%EOF\n").getBytes(GBK));
			}
			else {
				answer(exchange, 404, "text/plain", new byte[0]);
			}
		});
		server.start();
		return server;
	}

	private static String detail(int section, int i) {
		int month = 1 + i % 9;
		return "/s" + section + "/20200" + month + "/t20200" + month + "1" + (i % 9) + "_" + i + ".html";
	}

	private static void answer(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
		exchange.getResponseHeaders().add("Content-Type", type);
		exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}
}
