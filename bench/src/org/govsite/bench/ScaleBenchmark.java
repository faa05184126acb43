package org.govsite.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.govsite.content.DocumentContent;
import org.govsite.content.DocumentLibrary;
import org.govsite.content.DocumentType;
import org.govsite.content.PlacementRequest;
import org.govsite.content.Placements;
import org.govsite.content.ReviewWorkflow;
import org.govsite.identity.Grant;
import org.govsite.identity.StaffRole;
import org.govsite.publish.internal.SitePublisher;
import org.govsite.search.IndexStatus;
import org.govsite.search.SearchManagement;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The provincial-scale benchmark (issue 20 part 5): one install grows its site group step by step
 * (10, 100, 500, 2,000 sites up to the number asked for, the documents in proportion) and at each
 * step measures a full publish of the group, the incremental publish latency while other sites
 * publish, the console's pages over HTTP for a site manager and for a group-wide reviewer, the
 * public API with wrk, and memory; then prints how each grew. Arguments: sites, documents
 * (default 2000 1000000); {@code -Dbench.steps=10,100} chooses the steps.
 * <p>
 * Bounded at provincial scale by three settings: {@code -Dbench.publish-sites=N} publishes in full
 * only N sites spread over the group at each step (documents/s and CPU per document from them, the
 * group's time from that rate); {@code -Dbench.reindex-up-to=D} rebuilds the search index only
 * while the group holds at most D documents (the index then keeps what it had);
 * {@code -Dbench.reuse=true} starts from the group already in the data directory (as a previous
 * run left it, even stopped while making sites, with its accounts' secrets in
 * {@code bench-accounts.properties}): it grows it through the steps above its size, or, at the
 * number asked for already, makes nothing and measures it once; {@code -Dbench.make-only=true}
 * grows the group and measures nothing (to make it on a busy machine and measure it on a quiet one).
 */
public final class ScaleBenchmark {

	private static final int REVIEW_PER_SITE = Integer.getInteger("bench.review-per-site", 2);

	private static final int PUBLISH_SITES = Integer.getInteger("bench.publish-sites", Integer.MAX_VALUE);

	private static final int REINDEX_UP_TO = Integer.getInteger("bench.reindex-up-to", Integer.MAX_VALUE);

	private static final boolean REUSE = Boolean.getBoolean("bench.reuse");

	private static final boolean MAKE_ONLY = Boolean.getBoolean("bench.make-only");

	private ScaleBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int sites = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
		int documents = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
		int perSite = Math.max(1, documents / sites);
		List<Integer> steps = Arrays.stream(System.getProperty("bench.steps", "10,100,500,2000").split(","))
			.map(String::strip).map(Integer::parseInt).filter(step -> step < sites).toList();
		steps = new ArrayList<>(steps);
		steps.add(sites);
		int port = Integer.getInteger("bench.port", 18620);
		Path data = Path.of(System.getProperty("bench.data", "bench/target/scale/data")).toAbsolutePath();
		if (!REUSE) {
			PublishBenchmark.deleteQuietly(data);
			Files.createDirectories(data);
		}
		System.out.printf(Locale.ROOT, "%s %s sites, %,d documents a site; data in %s%n", REUSE
				? "reusing the group in the data directory, then steps" : "steps", steps, perSite, data);
		System.out.println("machine state at start: " + PairedBenchmark.MachineState.now());
		List<Row> rows = new ArrayList<>();
		try (ConfigurableApplicationContext context = PublishBenchmark.start(data, Map.of("govsite.role", "all",
				"server.port", String.valueOf(port), "server.address", "127.0.0.1",
				"govsite.search.requests-per-minute", "100000000", "govsite.publish.tamper.enabled", "false"))) {
			Group group = new Group(context, data, "http://127.0.0.1:" + port);
			int made = REUSE ? group.reload() : 0;
			for (int step : steps) {
				if (step <= made && step != sites) {
					continue;
				}
				group.growTo(step, perSite);
				if (MAKE_ONLY) {
					continue;
				}
				rows.add(group.measure());
				System.out.println("ROW " + rows.getLast());
			}
		}
		finally {
			System.out.println("machine state at end: " + PairedBenchmark.MachineState.now());
		}
		System.out.println();
		System.out.println("How each grows (one install, steps in order; the machine's load at each step in the last column):");
		System.out.println(Row.HEADER);
		rows.forEach(System.out::println);
	}

	/** One step's figures. */
	record Row(int sites, int documents, int publishedSites, double seconds, double documentsPerSecond, double pagesPerSecond, int files,
			double cpuMillisPerDocument, Percentiles incremental, Percentiles listSite, Percentiles listGroup,
			Percentiles workbenchSite, Percentiles workbenchGroup, Percentiles reviewSite, Percentiles reviewGroup,
			Wrk search, Wrk siteDocuments, Memory memory, String load) {

		static final String HEADER = "| sites | documents | sites published in full | full publish s (group; ~ from the sample's rate) | documents/s | pages/s | files | CPU ms/document (JVM+PG)"
				+ " | incremental p50/p95/p99 ms | document list p95 ms (site manager / group) | 工作台 p95 ms (site / group)"
				+ " | review queue p95 ms (site / group) | search req/s, p99 ms | site documents req/s, p99 ms"
				+ " | heap after GC MB | JVM RSS MB | PostgreSQL PSS MB (RSS) | load |\n"
				+ "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | --- | --- | --- | --- | ---: | ---: | --- | --- |";

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "| %,d | %,d | %,d | %s%.0f | %,.0f | %,.0f | %,d | %.1f | %s | %.0f / %.0f | %.0f / %.0f"
					+ " | %.0f / %.0f | %s | %s | %d | %d | %d (%d) | %s |", sites, documents, publishedSites,
					publishedSites < sites ? "~" : "", seconds, documentsPerSecond,
					pagesPerSecond, files, cpuMillisPerDocument, incremental, listSite.p95(), listGroup.p95(),
					workbenchSite.p95(), workbenchGroup.p95(), reviewSite.p95(), reviewGroup.p95(), search, siteDocuments,
					memory.heapAfterGcMb(), memory.jvmRssMb(), memory.postgresPssMb(), memory.postgresRssMb(), load);
		}
	}

	record Percentiles(double p50, double p95, double p99) {

		static Percentiles of(List<Double> values) {
			List<Double> sorted = values.stream().sorted().toList();
			return new Percentiles(at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99));
		}

		private static double at(List<Double> sorted, double q) {
			return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * q) - 1));
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "%.0f / %.0f / %.0f", p50, p95, p99);
		}
	}

	record Memory(long heapAfterGcMb, long jvmRssMb, long postgresPssMb, long postgresRssMb) {
	}

	record Wrk(double requestsPerSecond, double p99Millis, long non2xx) {

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "%,.0f, %.1f%s", requestsPerSecond, p99Millis, non2xx > 0 ? " (" + non2xx + " not 2xx)" : "");
		}
	}

	/** The growing site group and its measurements. */
	static final class Group {

		private final ConfigurableApplicationContext context;

		private final PublishBenchmark.Bench bench;

		private final DocumentLibrary library;

		private final Placements placements;

		private final ReviewWorkflow workflow;

		private final Path data;

		private final String base;

		private static final String ACCOUNTS = "bench-accounts.properties";

		private static final String MANAGER_SITE = "manager-site";

		private final ChineseText text = new ChineseText(20261206);

		private final List<PublishBenchmark.Bench.Site> sites = new ArrayList<>();

		private String managerSecret;

		private String groupSecret;

		private long managerStep;

		private long groupStep;

		private ConsoleSession manager;

		Group(ConfigurableApplicationContext context, Path data, String base) {
			this.context = context;
			this.bench = new PublishBenchmark.Bench(context);
			this.library = context.getBean(DocumentLibrary.class);
			this.placements = context.getBean(Placements.class);
			this.workflow = context.getBean(ReviewWorkflow.class);
			this.data = data;
			this.base = base;
		}

		/**
		 * New sites through the platform's services, each with its channel tree and its documents
		 * imported as published (the content module's bulk import, batches of 1,000), and a few
		 * documents left in review for the review queues.
		 */
		void growTo(int count, int perSite) throws Exception {
			long start = System.nanoTime();
			int before = sites.size();
			if (count <= before) {
				return;
			}
			// two at a time: on a machine shared with other work, the benchmark's share of it grows with its threads
			try (ExecutorService makers = Executors.newFixedThreadPool(Integer.getInteger("bench.makers", 2))) {
				List<Future<PublishBenchmark.Bench.Site>> made = new ArrayList<>();
				for (int i = before; i < count; i++) {
					made.add(makers.submit(() -> site(perSite)));
				}
				for (Future<PublishBenchmark.Bench.Site> site : made) {
					sites.add(site.get());
					if (sites.size() % 100 == 0) {
						System.out.printf(Locale.ROOT, "  %,d sites made after %.0f s (load %s)%n", sites.size(),
								(System.nanoTime() - start) / 1e9, PairedBenchmark.MachineState.load());
					}
				}
			}
			for (PublishBenchmark.Bench.Site site : sites) {
				bench.awaitIdle(site.id());
			}
			bench.jdbc.sql("analyze").update();
			System.out.printf(Locale.ROOT, "STEP %,d sites: %,d sites made (%,d documents each, %d in review) in %.0f s%n", count,
					count - before, perSite, REVIEW_PER_SITE, (System.nanoTime() - start) / 1e9);
			int documents = bench.jdbc.sql("select count(*) from content_document").query(Integer.class).single();
			if (documents <= REINDEX_UP_TO) {
				reindex();
			}
			else {
				System.out.printf(Locale.ROOT, "search index not rebuilt (%,d documents, more than bench.reindex-up-to): %,d entries%n",
						documents, PublishBenchmark.as(StaffRole.SYSTEM_ADMIN.authority(),
								context.getBean(SearchManagement.class)::status).entries());
			}
			if (managerSecret == null) {
				managerSecret = ConsoleSession.account(context, "bench-manager", Set.of(
						Grant.site(StaffRole.SITE_MANAGER, sites.getFirst().id()), Grant.site(StaffRole.REVIEWER, sites.getFirst().id())));
				groupSecret = ConsoleSession.account(context, "bench-group", groupGrants());
				managerStep = ConsoleSession.currentStep();
				groupStep = managerStep;
				Properties secrets = new Properties();
				secrets.setProperty("bench-manager", managerSecret);
				secrets.setProperty("bench-group", groupSecret);
				secrets.setProperty(MANAGER_SITE, String.valueOf(sites.getFirst().id()));
				try (var out = Files.newBufferedWriter(data.resolve(ACCOUNTS))) {
					secrets.store(out, "the second-factor secrets of the scale benchmark's console accounts (bench.reuse reads them)");
				}
			}
			else {
				ConsoleSession.regrant(context, "bench-group", groupGrants());
			}
		}

		/**
		 * The group a previous run made in this data directory, its sites in the order they were
		 * made, and its console accounts' secrets: so that a run measures it without making it again.
		 */
		int reload() throws java.io.IOException {
			// a site whose making was stopped before its documents (one transaction) is left out of the group
			sites.addAll(bench.jdbc.sql("""
					select s.id, s.site_code, (select c.id from channel c where c.site_id = s.id and c.code = 'ywdt') as news,
					    array(select c.id from channel c where c.site_id = s.id order by c.id) as channels
					from site s where exists (select 1 from content_document d where d.site_id = s.id and d.state = 'PUBLISHED')
					order by s.id""")
				.query((row, n) -> new PublishBenchmark.Bench.Site(row.getLong("id"), row.getString("site_code"),
						Arrays.asList((Long[]) row.getArray("channels").getArray()), row.getLong("news")))
				.list());
			Properties secrets = new Properties();
			try (var in = Files.newBufferedReader(data.resolve(ACCOUNTS))) {
				secrets.load(in);
			}
			// the first site is the site manager's (and the incremental publishes')
			long managerSite = Long.parseLong(secrets.getProperty(MANAGER_SITE));
			sites.sort(java.util.Comparator.comparing(site -> site.id() != managerSite));
			managerSecret = secrets.getProperty("bench-manager");
			groupSecret = secrets.getProperty("bench-group");
			managerStep = ConsoleSession.currentStep();
			groupStep = managerStep;
			System.out.printf(Locale.ROOT, "reused: %,d sites, %,d documents, search index %,d entries%n", sites.size(),
					bench.jdbc.sql("select count(*) from content_document").query(Integer.class).single(),
					PublishBenchmark.as(StaffRole.SYSTEM_ADMIN.authority(), context.getBean(SearchManagement.class)::status).entries());
			return sites.size();
		}

		/** A site of the group, with a few documents left in review for the review queues. */
		private PublishBenchmark.Bench.Site site(int perSite) {
			PublishBenchmark.Bench.Site site = bench.site(perSite, false, false);
			String editor = StaffRole.EDITOR.forSite(site.id());
			for (int i = 0; i < REVIEW_PER_SITE; i++) {
				PublishBenchmark.as("bench-writer", editor, () -> {
					long id = library.create(site.id(), DocumentType.ARTICLE, DocumentContent.of(text.title(2026), text.body(4)));
					placements.place(id, PlacementRequest.in(site.news()));
					workflow.submit(id, true);
				});
			}
			return site;
		}

		/** A provincial reviewer: reviews (and so reads) every site of the group. */
		private Set<Grant> groupGrants() {
			Set<Grant> grants = new HashSet<>();
			sites.forEach(site -> grants.add(Grant.site(StaffRole.REVIEWER, site.id())));
			return grants;
		}

		Row measure() throws Exception {
			int documents = bench.jdbc.sql("select count(*) from content_document where state = 'PUBLISHED'")
				.query(Integer.class).single();
			// a full publish of every site in turn (or of the sample), every file written (their manifests emptied first)
			for (PublishBenchmark.Bench.Site site : sites) {
				bench.awaitIdle(site.id());
			}
			List<PublishBenchmark.Bench.Site> sample = sample();
			Long[] sampleIds = sample.stream().map(PublishBenchmark.Bench.Site::id).toArray(Long[]::new);
			int sampleDocuments = bench.jdbc.sql("select count(*) from content_document where state = 'PUBLISHED' and site_id = any(?)")
				.param(sampleIds).query(Integer.class).single();
			bench.jdbc.sql("delete from publish_manifest where site_id = any(?)").param(sampleIds).update();
			System.gc();
			double cpu = cpuSeconds();
			long start = System.nanoTime();
			int files = 0;
			for (PublishBenchmark.Bench.Site site : sample) {
				files += bench.publisher.full(site.id(), SitePublisher.Progress.NONE).written();
			}
			double sampleSeconds = (System.nanoTime() - start) / 1e9;
			cpu = cpuSeconds() - cpu;
			int pages = bench.jdbc.sql("select count(*) from publish_manifest where site_id = any(?) and path like '%.html'"
					+ " and path not like 'zh-hant/%'").param(sampleIds).query(Integer.class).single();
			System.out.printf(Locale.ROOT, "full publish of %,d of %,d sites, %,d of %,d documents: %,d pages, %,d files in %.1f s, CPU %.1f s%n",
					sample.size(), sites.size(), sampleDocuments, documents, pages, files, sampleSeconds, cpu);
			double documentsPerSecond = sampleDocuments / sampleSeconds;
			Percentiles incremental = incrementalUnderLoad();
			System.out.println("incremental publish p50/p95/p99 ms under other sites' full publishes: " + incremental);
			// the manager's grants stay; the group-wide reviewer signs in again for the new sites' grants
			if (manager == null) {
				manager = ConsoleSession.signIn(base, "bench-manager", managerSecret, managerStep);
			}
			ConsoleSession group = ConsoleSession.signIn(base, "bench-group", groupSecret, groupStep);
			groupStep = ConsoleSession.currentStep();
			long siteId = sites.getFirst().id();
			int warmUp = 3;
			int times = Integer.getInteger("bench.console.requests", 15);
			Percentiles listSite = console(manager, "/admin/documents?siteId=" + siteId, warmUp, times);
			Percentiles listGroup = console(group, "/admin/documents", warmUp, times);
			Percentiles workbenchSite = console(manager, "/admin", warmUp, times);
			Percentiles workbenchGroup = console(group, "/admin", warmUp, times);
			Percentiles reviewSite = console(manager, "/admin/review", warmUp, times);
			Percentiles reviewGroup = console(group, "/admin/review", warmUp, times);
			String code = sites.get(sites.size() / 2).code();
			System.out.println("search answers: " + manager.get("/api/public/search?q=%E6%94%BF%E5%8A%A1").body()
				.replaceAll("(?s)^(.{0,160}).*", "$1"));
			Wrk search = Processes.wrk(base + "/api/public/search?q=%E6%94%BF%E5%8A%A1");
			Wrk siteDocuments = Processes.wrk(base + "/api/public/sites/" + code + "/documents?page=2");
			System.out.println("wrk: search " + search + "; site documents " + siteDocuments);
			Memory memory = memory();
			if (Boolean.getBoolean("bench.explain")) {
				explain();
			}
			return new Row(sites.size(), documents, sample.size(), documents / documentsPerSecond, documentsPerSecond,
					pages / sampleSeconds, files, cpu * 1000 / sampleDocuments, incremental, listSite, listGroup, workbenchSite, workbenchGroup, reviewSite,
					reviewGroup, search, siteDocuments, memory, PairedBenchmark.MachineState.load());
		}

		/** The sites published in full at a step: every site, or bench.publish-sites of them spread evenly over the group. */
		private List<PublishBenchmark.Bench.Site> sample() {
			if (sites.size() <= PUBLISH_SITES) {
				return sites;
			}
			List<PublishBenchmark.Bench.Site> sample = new ArrayList<>();
			for (int i = 0; i < PUBLISH_SITES; i++) {
				sample.add(sites.get((int) ((long) i * sites.size() / PUBLISH_SITES)));
			}
			return sample;
		}

		/** The search index rebuilt from the database (the bulk import does not index), as the console's 全量重建索引 does. */
		private void reindex() {
			SearchManagement search = context.getBean(SearchManagement.class);
			long start = System.nanoTime();
			PublishBenchmark.as(StaffRole.SYSTEM_ADMIN.authority(), () -> {
				search.rebuild();
			});
			IndexStatus status;
			do {
				LockSupport.parkNanos(200_000_000L);
				status = PublishBenchmark.as(StaffRole.SYSTEM_ADMIN.authority(), search::status);
			}
			while (status.rebuilding() || !status.ready());
			System.out.printf(Locale.ROOT, "search index rebuilt: %,d entries in %.0f s%n", status.entries(),
					(System.nanoTime() - start) / 1e9);
		}

		private static Percentiles console(ConsoleSession session, String path, int warmUp, int times) throws Exception {
			Percentiles timing = Percentiles.of(session.time(path, warmUp, times));
			System.out.printf(Locale.ROOT, "console %s p50/p95/p99 ms: %s%n", path, timing);
			return timing;
		}

		/**
		 * Save → every affected file on disk on the first site, as an editor and a reviewer would make
		 * a document live, while another thread publishes the other sites in full, one after another.
		 */
		private Percentiles incrementalUnderLoad() throws InterruptedException {
			PublishBenchmark.Bench.Site site = sites.getFirst();
			AtomicBoolean running = new AtomicBoolean(true);
			AtomicInteger background = new AtomicInteger();
			Thread others = Thread.ofPlatform().name("bench-background-publishing").start(() -> {
				for (int i = 1; running.get() && sites.size() > 1; i = i % (sites.size() - 1) + 1) {
					bench.publisher.full(sites.get(i).id(), SitePublisher.Progress.NONE);
					background.incrementAndGet();
				}
			});
			String editor = StaffRole.EDITOR.forSite(site.id());
			String reviewer = StaffRole.REVIEWER.forSite(site.id());
			Path folder = bench.publisher.folder(bench.publisher.context(site.id()));
			List<Double> latencies = new ArrayList<>();
			int samples = Integer.getInteger("bench.samples", 30);
			int warmUp = 3;
			try {
				for (int i = 0; i < warmUp + samples; i++) {
					long id = PublishBenchmark.as(editor, () -> {
						long created = library.create(site.id(), DocumentType.ARTICLE, DocumentContent.of(text.title(2026), text.body(6)));
						placements.place(created, PlacementRequest.in(site.news()));
						workflow.submit(created, true);
						return created;
					});
					Path page = folder.resolve("art/" + id / 1000 + "/t" + id + ".html");
					long start = System.nanoTime();
					PublishBenchmark.as(reviewer, () -> workflow.approve(id, null));
					while (!Files.exists(page) || busy(site.id())) {
						LockSupport.parkNanos(500_000);
					}
					if (i >= warmUp) {
						latencies.add((System.nanoTime() - start) / 1e6);
					}
				}
			}
			finally {
				running.set(false);
				others.join();
			}
			System.out.printf(Locale.ROOT, "(background: %d full publishes of other sites during the %d saves)%n", background.get(),
					warmUp + samples);
			return Percentiles.of(latencies);
		}

		/**
		 * The plans of the console's heaviest statements as the group-wide reviewer runs them (their
		 * text as ContentQueries builds it, the sites bound as a literal array as the driver binds
		 * them): the document list's page and its bounded count over every site, the review queue's
		 * page and its bounded count.
		 */
		private void explain() {
			String summary = """
					select d.id, d.site_id, d.type, d.state, d.review_level, v.title, d.created_by, d.updated_at,
					    d.live_version is not null as live, d.first_published_at,
					    array(select p.channel_id from content_placement p where p.document_id = d.id order by p.channel_id) as channels
					from content_document d join content_version v on v.document_id = d.id and v.number = d.current_version
					""";
			String ids = bench.jdbc.sql("select string_agg(id::text, ',' order by id) from site").query(String.class).single();
			String everySite = " where d.site_id = any('{" + ids + "}'::bigint[])";
			String review = """
					 where d.state in ('IN_REVIEW', 'HELD_FOR_SECRECY')
					  and (d.site_id = any('{%s}'::bigint[]) or exists (select 1 from content_placement p
					      join unnest('{}'::bigint[], '{}'::bigint[]) as g(site_id, channel_id) on g.channel_id = p.channel_id
					      where p.document_id = d.id and g.site_id = d.site_id))
					  and d.created_by <> 'bench-group'
					  and not exists (select 1 from content_version e where e.document_id = d.id and e.edited_by = 'bench-group')
					  and not exists (select 1 from content_history h where h.document_id = d.id and h.action = 'APPROVED'
					      and h.actor = 'bench-group' and h.position > coalesce((select max(s.position) from content_history s
					          where s.document_id = d.id and s.action = 'SUBMITTED'), -1))
					""".formatted(ids);
			for (String sql : List.of(summary + everySite + " order by d.updated_at desc, d.id desc offset 0 limit 30",
					"select count(*) from (select 1 from content_document d" + everySite + " limit 10001) bounded",
					summary + review + " order by d.updated_at, d.id offset 0 limit 30",
					"select count(*) from (select 1 from content_document d" + review + " limit 10001) bounded")) {
				System.out.println("EXPLAIN " + sql.replaceAll("\\s+", " ").replaceAll("\\{[0-9,]{200,}\\}", "{…every site's id…}").strip());
				bench.jdbc.sql("explain (analyze, buffers) " + sql).query(String.class).list()
					.forEach(line -> System.out.println("  " + line));
			}
		}

		private boolean busy(long siteId) {
			return bench.jdbc.sql("select exists (select 1 from publish_job where site_id = ? and state in ('QUEUED', 'RUNNING'))")
				.param(siteId).query(Boolean.class).single();
		}

		/** user+sys of this JVM and of the embedded PostgreSQL's processes (detached from the JVM by pg_ctl). */
		private double cpuSeconds() {
			return ProcessTree.cpuSeconds() + Processes.postgresCpuSeconds(data);
		}

		private Memory memory() {
			System.gc();
			long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
			long[] postgres = Processes.postgresMemoryKb(data);
			return new Memory(heap >> 20, Processes.statusKb(ProcessHandle.current().pid(), "VmRSS:") >> 10, postgres[0] >> 10,
					postgres[1] >> 10);
		}
	}
}
