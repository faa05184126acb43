package org.govsite.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.govsite.publish.internal.TraditionalCopy;

/**
 * CPU time and allocation per traditional copy of published pages, on the calling thread only (so
 * that the machine's other work does not enter it):
 * {@code java -cp CLASSES:CP org.govsite.bench.TraditionalCopyBenchmark SITE_FOLDER [rounds]}.
 * SITE_FOLDER holds published simplified pages (a site's folder; {@code zh-hant/} is skipped). Run it
 * with two builds' classes in turn for an A/B of the copy.
 */
public final class TraditionalCopyBenchmark {

	private TraditionalCopyBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path site = Path.of(args[0]);
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
		Map<String, String> pages = new TreeMap<>();
		try (var files = Files.walk(site)) {
			for (Path file : files.filter(file -> file.toString().endsWith(".html")).toList()) {
				String path = site.relativize(file).toString();
				if (!path.startsWith("zh-hant/")) {
					pages.put(path, Files.readString(file));
				}
			}
		}
		var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long id = Thread.currentThread().threadId();
		long sink = 0;
		// a digest of the copies, to see that two builds write the same bytes
		var digest = java.security.MessageDigest.getInstance("SHA-256");
		for (var page : pages.entrySet()) {
			digest.update(TraditionalCopy.html(page.getValue(), page.getKey()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		for (int warmUp = 0; warmUp < 5; warmUp++) {
			for (var page : pages.entrySet()) {
				sink += TraditionalCopy.html(page.getValue(), page.getKey()).length();
			}
		}
		List<Double> cpu = new java.util.ArrayList<>();
		List<Double> allocated = new java.util.ArrayList<>();
		for (int round = 0; round < rounds; round++) {
			long cpuBefore = threads.getCurrentThreadCpuTime();
			long bytesBefore = threads.getThreadAllocatedBytes(id);
			for (var page : pages.entrySet()) {
				sink += TraditionalCopy.html(page.getValue(), page.getKey()).length();
			}
			cpu.add((threads.getCurrentThreadCpuTime() - cpuBefore) / 1e6 / pages.size());
			allocated.add((threads.getThreadAllocatedBytes(id) - bytesBefore) / 1024.0 / pages.size());
		}
		cpu.sort(null);
		allocated.sort(null);
		System.out.printf("%d pages, %d rounds: CPU per page median %.3f ms (min %.3f, max %.3f), allocated per page median %.0f KB (output chars %d, SHA-256 of the copies %s)%n",
				pages.size(), rounds, cpu.get(rounds / 2), cpu.get(0), cpu.get(rounds - 1), allocated.get(rounds / 2), sink,
				java.util.HexFormat.of().formatHex(digest.digest()).substring(0, 16));
	}
}
