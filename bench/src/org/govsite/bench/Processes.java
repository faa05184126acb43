package org.govsite.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the benchmarks read about processes from /proc: the embedded PostgreSQL's (found by its data
 * folder, as pg_ctl detaches it from the JVM) CPU time and memory; and wrk's answer.
 */
final class Processes {

	private static final Pattern REQUESTS = Pattern.compile("Requests/sec:\\s+([\\d.]+)");

	private static final Pattern P99 = Pattern.compile("\\s99%\\s+([\\d.]+)(us|ms|s)");

	private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");

	private Processes() {
	}

	/** The postmaster started on {@code <data>/postgres} and its children (backends, background workers). */
	static List<ProcessHandle> postgres(Path data) {
		String folder = data.resolve("postgres").toString();
		List<ProcessHandle> found = new ArrayList<>();
		ProcessHandle.allProcesses()
			.filter(process -> {
				String line = cmdline(process.pid());
				return line.contains("postgres") && line.contains("-D") && line.contains(folder);
			})
			.findFirst()
			.ifPresent(postmaster -> {
				found.add(postmaster);
				postmaster.children().forEach(found::add);
			});
		return found;
	}

	/** user+sys of the embedded PostgreSQL, its reaped backends included (cutime, cstime of the postmaster). */
	static double postgresCpuSeconds(Path data) {
		long ticks = 0;
		for (ProcessHandle process : postgres(data)) {
			ticks += ticks(process.pid());
		}
		return ticks / 100.0;
	}

	/** PSS (shared memory divided among the processes that map it) and the plain sum of RSS, in KB. */
	static long[] postgresMemoryKb(Path data) {
		long pss = 0;
		long rss = 0;
		for (ProcessHandle process : postgres(data)) {
			pss += smapsKb(process.pid(), "Pss:");
			rss += statusKb(process.pid(), "VmRSS:");
		}
		return new long[] { pss, rss };
	}

	static long statusKb(long pid, String field) {
		return fieldKb(Path.of("/proc/" + pid + "/status"), field);
	}

	private static long smapsKb(long pid, String field) {
		return fieldKb(Path.of("/proc/" + pid + "/smaps_rollup"), field);
	}

	private static long fieldKb(Path file, String field) {
		try {
			for (String line : Files.readAllLines(file)) {
				if (line.startsWith(field)) {
					return Long.parseLong(line.replaceAll("\\D", ""));
				}
			}
		}
		catch (IOException | RuntimeException gone) {
			// a backend that ended meanwhile
		}
		return 0;
	}

	private static long ticks(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
		}
		catch (IOException | RuntimeException gone) {
			return 0;
		}
	}

	private static String cmdline(long pid) {
		try {
			return new String(Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
		}
		catch (IOException gone) {
			return "";
		}
	}

	/** wrk on loopback for a bounded time: requests/s and p99 (ms) of one URL, after a warm-up. */
	static ScaleBenchmark.Wrk wrk(String url) throws IOException, InterruptedException {
		String seconds = System.getProperty("bench.wrk.seconds", "15");
		run(List.of("wrk", "-t2", "-c8", "-d3s", url));
		String out = run(List.of("wrk", "-t2", "-c8", "-d" + seconds + "s", "--latency", url));
		Matcher requests = REQUESTS.matcher(out);
		Matcher p99 = P99.matcher(out);
		Matcher non2xx = NON_2XX.matcher(out);
		if (!requests.find() || !p99.find()) {
			throw new IllegalStateException("wrk answered: " + out);
		}
		double millis = Double.parseDouble(p99.group(1)) * switch (p99.group(2)) {
			case "us" -> 0.001;
			case "s" -> 1000;
			default -> 1;
		};
		return new ScaleBenchmark.Wrk(Double.parseDouble(requests.group(1)), millis,
				non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0);
	}

	private static String run(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor();
		return out;
	}
}
