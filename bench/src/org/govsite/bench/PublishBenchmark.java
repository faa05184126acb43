package org.govsite.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.govsite.GovSiteApplication;
import org.govsite.channel.ChannelDetails;
import org.govsite.channel.ChannelKind;
import org.govsite.channel.ChannelManagement;
import org.govsite.channel.ChannelOutline;
import org.govsite.content.ContentImport;
import org.govsite.content.DisclosureMetadata;
import org.govsite.content.DisclosureMode;
import org.govsite.content.DocumentContent;
import org.govsite.content.DocumentLibrary;
import org.govsite.content.DocumentType;
import org.govsite.content.ImportedDocument;
import org.govsite.content.PlacementRequest;
import org.govsite.content.Placements;
import org.govsite.content.ReviewWorkflow;
import org.govsite.content.Validity;
import org.govsite.identity.StaffRole;
import org.govsite.publish.internal.SitePublisher;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The publishing benchmark: fills a site with N documents of generated Chinese text across its
 * channels, publishes it in full (pages per second, peak memory), and on the biggest site measures
 * the latency of an incremental publish from the save that makes a document live to every affected
 * file on disk. Runs the whole platform (role admin, its embedded PostgreSQL) in a scratch data
 * directory. Arguments: the sizes, e.g. {@code 10000 100000}; the latency runs on the last.
 */
public final class PublishBenchmark {

	private static final int LATENCY_SAMPLES = Integer.getInteger("bench.samples", 40);

	/** Incremental publishes before the counted ones: the JIT compiles that path on the first few. */
	private static final int LATENCY_WARM_UP = Integer.getInteger("bench.latency.warmup", 3);

	private PublishBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		List<Integer> sizes = args.length == 0 ? List.of(10_000, 100_000)
				: Arrays.stream(args).map(Integer::parseInt).toList();
		Path data = Files.createTempDirectory("govsite-bench");
		try (ConfigurableApplicationContext context = start(data, java.util.Map.of())) {
			Bench bench = new Bench(context);
			// the JIT compiles the renderer's hot paths during a first publish: warm it on a small site
			int warmUp = Integer.getInteger("bench.warmup", 3000);
			if (warmUp > 0) {
				bench.publisher.full(bench.site(warmUp).id(), SitePublisher.Progress.NONE);
				System.out.printf(Locale.ROOT, "(warm-up: a site of %,d documents published, not counted)%n", warmUp);
			}
			Bench.Site last = null;
			for (int size : sizes) {
				last = bench.site(size);
				bench.fullPublish(last, size);
			}
			if (last != null) {
				bench.incrementalLatency(last);
			}
		}
		finally {
			deleteQuietly(data);
		}
	}

	/**
	 * The platform (role admin, no demo) on its embedded PostgreSQL in the scratch folder, with the
	 * given settings besides; prints the machine. Settings as arguments: they win over application.yaml.
	 */
	static ConfigurableApplicationContext start(Path data, java.util.Map<String, String> settings) {
		java.util.Map<String, String> all = new java.util.LinkedHashMap<>(java.util.Map.of("govsite.data-dir", data.toString(),
				"govsite.role", "admin", "server.port", "0", "govsite.demo.enabled", "false", "spring.main.banner-mode", "off",
				"logging.level.root", "WARN", "logging.level.org.govsite.publish", "WARN"));
		all.putAll(settings);
		ConfigurableApplicationContext context = new SpringApplication(GovSiteApplication.class)
			.run(all.entrySet().stream().map(setting -> "--" + setting.getKey() + "=" + setting.getValue()).toArray(String[]::new));
		System.out.printf(Locale.ROOT, "machine: %d processors, JVM max heap %d MB, %s %s%n",
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
				System.getProperty("java.vm.name"), System.getProperty("java.version"));
		return context;
	}

	static void deleteQuietly(Path folder) {
		try (var walk = Files.walk(folder)) {
			walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException e) {
			// a scratch folder in /tmp
		}
	}

	/** The benchmark's steps, with the platform's services. */
	static final class Bench {

		private final SiteManagement sites;

		private final ChannelManagement channels;

		private final ContentImport imports;

		final DocumentLibrary library;

		final ReviewWorkflow workflow;

		final Placements placements;

		final SitePublisher publisher;

		final JdbcClient jdbc;

		private final ChineseText text = new ChineseText(20260101);

		Bench(ConfigurableApplicationContext context) {
			this.sites = context.getBean(SiteManagement.class);
			this.channels = context.getBean(ChannelManagement.class);
			this.imports = context.getBean(ContentImport.class);
			this.library = context.getBean(DocumentLibrary.class);
			this.workflow = context.getBean(ReviewWorkflow.class);
			this.placements = context.getBean(Placements.class);
			this.publisher = context.getBean(SitePublisher.class);
			this.jdbc = context.getBean(JdbcClient.class);
		}

		record Site(long id, String code, List<Long> channels, long news) {
		}

		Site site(int documents) {
			return site(documents, false);
		}

		/**
		 * A site of N documents; with {@code policies}, every one a policy document (政策文件) with
		 * disclosure metadata spread over the catalogue's ways of browsing: 主题分类, the 索引号's
		 * year, 发布机构, 效力等级 and 有效性.
		 */
		Site site(int documents, boolean policies) {
			return site(documents, policies, true);
		}

		/**
		 * The same; without {@code settle}, does not analyze the tables afterwards (a caller making
		 * many sites does it once at the end). Either way the new site's first publishes (queued by
		 * its creation, run by the publish worker) finish before its documents are imported: a job
		 * that ran after the import would publish every document of every new site.
		 */
		Site site(int documents, boolean policies, boolean settle) {
			String code = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L));
			long siteId = as(StaffRole.SYSTEM_ADMIN.authority(), () -> sites.apply(new SiteRegistration(SiteKind.PORTAL,
					null, "示例县人民政府（" + documents + "）", code, "b" + code + ".gov.cn", null, "琼ICP备" + code + "号",
					"琼公网安备" + code + "号", "bs" + code, new SecurityAssessment(3, "46" + code, LocalDate.of(2026, 1, 5), true)),
					new SiteProfile("示例县人民政府办公室" + code, null, null, "张三", "李四", "0898-12345678", null, "示例县人民路1号")));
			as(StaffRole.SITE_MANAGER.forSite(siteId), () -> sites.perform(siteId, LifecycleStep.APPROVE, StepInput.none()));
			// a second system administrator: the applicant never approves their own application
			as("bench-supervisor", StaffRole.SYSTEM_ADMIN.authority(), () -> sites.perform(siteId, LifecycleStep.APPROVE, StepInput.none()));
			as(StaffRole.SYSTEM_ADMIN.authority(), () -> sites.perform(siteId, LifecycleStep.GO_ONLINE, StepInput.none()));
			List<Long> ids = as(StaffRole.SYSTEM_ADMIN.authority(), () -> channels.createTree(siteId, null, List.of(
					outline("新闻动态", "xwdt", ChannelKind.NEWS, outline("要闻动态", "ywdt", ChannelKind.NEWS),
							outline("部门动态", "bmdt", ChannelKind.NEWS), outline("乡镇动态", "xzdt", ChannelKind.NEWS)),
					outline("政务公开", "zwgk", ChannelKind.DISCLOSURE, outline("政策文件", "zcwj", ChannelKind.POLICY),
							outline("政策解读", "zcjd", ChannelKind.INTERPRETATION),
							outline("通知公告", "tzgg", ChannelKind.NOTICE), outline("人事信息", "rsxx", ChannelKind.PERSONNEL),
							outline("规划计划", "ghjh", ChannelKind.PLAN)),
					outline("互动交流", "hdjl", ChannelKind.INTERACTION, outline("回应关切", "hygq", ChannelKind.RESPONSE)),
					outline("专题专栏", "ztzl", ChannelKind.TOPIC, outline("优化营商环境", "yhyshj", ChannelKind.TOPIC),
							outline("乡村振兴", "xczx", ChannelKind.TOPIC)))));
			// the leaves take the documents: news most of them
			List<Long> leaves = List.of(ids.get(1), ids.get(1), ids.get(1), ids.get(2), ids.get(2), ids.get(3), ids.get(5),
					ids.get(6), ids.get(7), ids.get(7), ids.get(8), ids.get(9), ids.get(11), ids.get(13), ids.get(14));
			Site site = new Site(siteId, code, leaves, ids.get(1));
			// the site's creation queued full publishes of the empty site: let them finish first
			awaitIdle(siteId);
			Instant started = Instant.now();
			List<ImportedDocument> batch = new ArrayList<>();
			Instant newest = Instant.now().minus(Duration.ofDays(1));
			for (int i = 0; i < documents; i++) {
				long channel = policies ? ids.get(5) : leaves.get(text.nextInt(leaves.size()));
				boolean policy = channel == ids.get(5);
				DocumentContent body = new DocumentContent(text.title(2020 + i % 7), null, text.body(4 + text.nextInt(8)),
						text.summary(), "示例县人民政府办公室", null, "王编辑", null, List.of(), List.of("政务公开"), null, null,
						false, null, false, null, policy ? (policies ? spread(code, i) : disclosure(code, i)) : null);
				batch.add(new ImportedDocument(policy ? DocumentType.POLICY : DocumentType.ARTICLE, body, List.of(channel),
						newest.minus(Duration.ofMinutes((long) (documents - i) * 7)), "bench"));
				if (batch.size() == 1000) {
					imports.importPublished(siteId, batch);
					batch.clear();
				}
			}
			if (!batch.isEmpty()) {
				imports.importPublished(siteId, batch);
			}
			// as autovacuum would after a bulk load: the planner needs the new tables' statistics
			if (settle) {
				jdbc.sql("analyze").update();
			}
			System.out.printf(Locale.ROOT, "site of %,d documents generated and imported in %.1f s%n", documents,
					Duration.between(started, Instant.now()).toMillis() / 1000.0);
			return site;
		}

		void fullPublish(Site site, int documents) throws InterruptedException {
			awaitIdle(site.id());
			System.gc();
			resetPeaks();
			long start = System.nanoTime();
			SitePublisher.Outcome outcome = publisher.full(site.id(), SitePublisher.Progress.NONE);
			if (Boolean.getBoolean("bench.explain")) {
				jdbc.sql("analyze").update();
				for (String sql : List.of("""
						explain analyze select d.path, m.written_at from publish_dependency d
						left join publish_manifest m on m.site_id = d.site_id and m.path = d.path
						where d.site_id = %d and d.kind = 'DOCUMENT_PAGE' and d.ref >= 5000 and d.ref < 6000 order by d.ref"""
							.formatted(site.id()), """
						explain analyze select p.document_id from content_placement p
						join content_document d on d.id = p.document_id
						where p.channel_id = any(array[%s]::bigint[]) and p.live order by p.published_at desc, p.document_id desc limit 28"""
							.formatted(site.channels().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","))))) {
					jdbc.sql(sql).query(String.class).list().forEach(System.out::println);
				}
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			long heapPeak = heapPeak();
			System.gc();
			long heapAfter = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
			int pages = jdbc.sql("select count(*) from publish_manifest where site_id = ? and path like '%.html'"
					+ " and path not like 'zh-hant/%'").param(site.id()).query(Integer.class).single();
			System.out.printf(Locale.ROOT,
					"full publish of %,d documents: %,d pages (%,d files with the traditional copies and feeds) in %.1f s"
							+ " = %,.0f documents/s, %,.0f pages/s (%,.0f files/s); heap peak %d MB, heap after GC %d MB,"
							+ " peak RSS %d MB%n",
					documents, pages, outcome.written(), seconds, documents / seconds, pages / seconds,
					outcome.written() / seconds,
					heapPeak >> 20, heapAfter >> 20, peakRssKb() >> 10);
		}

		void incrementalLatency(Site site) throws InterruptedException {
			String editor = StaffRole.EDITOR.forSite(site.id());
			String reviewer = StaffRole.REVIEWER.forSite(site.id());
			Path folder = publisher.folder(publisher.context(site.id()));
			List<Long> latencies = new ArrayList<>();
			for (int i = 0; i < LATENCY_SAMPLES + LATENCY_WARM_UP; i++) {
				long id = as(editor, () -> {
					long created = library.create(site.id(), DocumentType.ARTICLE,
							DocumentContent.of(text.title(2026), text.body(6)));
					placements.place(created, PlacementRequest.in(site.news()));
					workflow.submit(created, true);
					return created;
				});
				Path page = folder.resolve("art/" + id / 1000 + "/t" + id + ".html");
				long start = System.nanoTime();
				as(reviewer, () -> workflow.approve(id, null));
				// look often, but lightly: a busy loop of queries would slow down the publish it measures
				while (!Files.exists(page) || !idle(site.id())) {
					java.util.concurrent.locks.LockSupport.parkNanos(500_000);
				}
				long micros = (System.nanoTime() - start) / 1000;
				if (i >= LATENCY_WARM_UP) {
					latencies.add(micros);
				}
			}
			latencies.sort(null);
			System.out.printf(Locale.ROOT,
					"incremental publish on the site of %,d documents, save → every affected file on disk (%d samples):"
							+ " median %.1f ms, p95 %.1f ms, p99 %.1f ms, min %.1f ms, max %.1f ms (after %d not counted)%n",
					count(site.id()), latencies.size(), latencies.get(latencies.size() / 2) / 1000.0,
					latencies.get((int) Math.ceil(latencies.size() * 0.95) - 1) / 1000.0,
					latencies.get((int) Math.ceil(latencies.size() * 0.99) - 1) / 1000.0, latencies.get(0) / 1000.0,
					latencies.get(latencies.size() - 1) / 1000.0, LATENCY_WARM_UP);
		}

		void awaitIdle(long siteId) {
			while (!idle(siteId)) {
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}

		boolean idle(long siteId) {
			return jdbc.sql("select not exists (select 1 from publish_job where site_id = ? and state in ('QUEUED', 'RUNNING'))"
					+ " and not exists (select 1 from event_publication where completion_date is null)")
				.param(siteId)
				.query(Boolean.class)
				.single();
		}

		private int count(long siteId) {
			return jdbc.sql("select count(*) from content_document where site_id = ?").param(siteId).query(Integer.class)
				.single();
		}

		private static DisclosureMetadata disclosure(String code, int serial) {
			return new DisclosureMetadata("B" + code + "/2026-" + String.format("%07d", serial), "综合政务", "示政发〔2026〕"
					+ serial + "号", "示例县人民政府办公室", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 8), null,
					"行政规范性文件", Validity.VALID, DisclosureMode.PROACTIVE, List.of("政务公开"), null);
		}

		private static final List<String> ISSUERS = List.of("示例县人民政府办公室", "示例县发展和改革局", "示例县教育局",
				"示例县财政局", "示例县自然资源局", "示例县生态环境局", "示例县住房和城乡建设局", "示例县交通运输局", "示例县农业农村局",
				"示例县卫生健康委员会", "示例县市场监督管理局", "示例县应急管理局");

		private static final List<String> KINDS = List.of("行政规范性文件", "规章", "其他文件", "工作文件");

		private static final List<String> SUBJECTS = org.govsite.content.SubjectCategories.LEVELS.entrySet().stream()
			.flatMap(level -> level.getValue().isEmpty() ? java.util.stream.Stream.of(level.getKey())
					: level.getValue().stream().map(second -> level.getKey() + "/" + second))
			.toList();

		/** Metadata that differs from document to document, as a real catalogue's does. */
		private static DisclosureMetadata spread(String code, int serial) {
			int year = 2020 + serial % 7;
			Validity validity = serial % 20 == 0 ? Validity.REPEALED : serial % 30 == 1 ? Validity.EXPIRED
					: serial % 40 == 2 ? Validity.AMENDED : Validity.VALID;
			return new DisclosureMetadata("B" + code + "/" + year + "-" + String.format("%07d", serial),
					SUBJECTS.get(serial % SUBJECTS.size()), "示政发〔" + year + "〕" + serial + "号", ISSUERS.get(serial % ISSUERS.size()),
					LocalDate.of(year, 1 + serial % 12, 5), LocalDate.of(year, 1 + serial % 12, 8), null,
					KINDS.get(serial % KINDS.size()), validity, DisclosureMode.PROACTIVE, List.of("政务公开"), null);
		}

		private static ChannelOutline outline(String name, String code, ChannelKind kind, ChannelOutline... children) {
			return ChannelOutline.of(ChannelDetails.of(name, code, kind, "县政府办公室", "王五"), children);
		}
	}

	static void resetPeaks() {
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	static long heapPeak() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

	/** The process's peak resident memory (VmHWM), in KB. */
	static long peakRssKb() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("\\D", ""));
				}
			}
		}
		catch (IOException | NumberFormatException e) {
			// not Linux
		}
		return 0;
	}

	static <T> T as(String authority, Supplier<T> work) {
		return as("bench-" + authority.replace(':', '-'), authority, work);
	}

	static <T> T as(String user, String authority, Supplier<T> work) {
		SecurityContext before = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
				List.of(new SimpleGrantedAuthority(authority), new SimpleGrantedAuthority(StaffRole.STAFF_AUTHORITY))));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(before);
		}
	}

	static void as(String authority, Runnable work) {
		as("bench-" + authority.replace(':', '-'), authority, work);
	}

	static void as(String user, String authority, Runnable work) {
		as(user, authority, () -> {
			work.run();
			return null;
		});
	}
}
