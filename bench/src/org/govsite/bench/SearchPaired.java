package org.govsite.bench;

import java.nio.file.Path;
import java.util.*;
import java.lang.management.*;
import org.govsite.search.SearchQuery;
import org.govsite.search.internal.*;

/**
 * CPU per query over {@link SearchBenchmark}'s mix on an index that bench/search.sh kept, for paired
 * runs of two builds of the engine (bench/search-ab.sh): index, warm-up queries, measured queries,
 * seed of the mix, and "date" to sort by date. Per kind: one word, one word, two words, question, 文号, mistyped.
 */
public final class SearchPaired {
	public static void main(String[] a) throws Exception {
		Path dir = Path.of(a[0]); int warm = Integer.parseInt(a[1]); int n = Integer.parseInt(a[2]); long seed = Long.parseLong(a[3]);
		boolean date = a.length > 4;
		List<String> w = SearchBenchmark.mix(warm, new Random(3));
		List<String> q = SearchBenchmark.mix(n, new Random(seed));
		Vocabulary v = new Vocabulary(List.of(Set.of("医保", "医疗保险"), Set.of("公积金", "住房公积金")), Set.of("怎么", "如何"));
		ThreadMXBean t = ManagementFactory.getThreadMXBean();
		try (LuceneEngine e = LuceneEngine.open(dir, java.time.ZoneId.of("Asia/Shanghai"))) {
			e.caching(false);
			for (String s : w) e.search(query(s, date), v);
			long[] cpu = new long[n]; long[] kind = new long[6]; long[] lat = new long[n];
			// the process's CPU too: the engine searches a large index's slices on threads of its own
			var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean(); long p0 = os.getProcessCpuTime();
			for (int i = 0; i < n; i++) { long c = t.getCurrentThreadCpuTime(); long b = System.nanoTime(); e.search(query(q.get(i), date), v); cpu[i] = t.getCurrentThreadCpuTime() - c; lat[i]=System.nanoTime()-b; kind[i % 6] += cpu[i]; }
			double process = (os.getProcessCpuTime() - p0) / 1e6 / n;
			long sum = Arrays.stream(cpu).sum(); Arrays.sort(cpu); Arrays.sort(lat);
			System.out.printf("%s process cpu mean %.2f | thread cpu mean %.2f p50 %.2f p95 %.2f p99 %.2f ms | wall p50 %.2f p99 %.2f | per kind mean %s | load %s%n", System.getProperty("label"), process, sum / 1e6 / n, cpu[n / 2] / 1e6, cpu[(int) (n * .95)] / 1e6, cpu[(int) (n * .99)] / 1e6, lat[n/2]/1e6, lat[(int)(n*.99)]/1e6,
				Arrays.toString(Arrays.stream(kind).mapToObj(k -> String.format("%.1f", k / 1e6 / (n / 6.0))).toArray()), java.nio.file.Files.readString(Path.of("/proc/loadavg")).trim());
		}
	}
	static SearchQuery query(String s, boolean date) { SearchQuery q = SearchQuery.of(s); return date ? new SearchQuery(s, q.siteIds(), q.channelIds(), q.kinds(), null, null, org.govsite.search.SearchSort.DATE, 1, 10) : q; }
}
