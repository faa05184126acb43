package org.govsite.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The CPU time (user+sys, from /proc) of GovSite: this JVM's own (not its children's: the builds
 * of Hugo it runs, {@code sync}) and its PostgreSQL's, the postmaster with its processes (exited
 * backends included), as a whole or by thread and process. The embedded PostgreSQL is started
 * through {@code pg_ctl} and belongs to init, not to this JVM: {@link #watch} names it.
 */
final class ProcessTree {

	private static volatile long postmaster = -1;

	private ProcessTree() {
	}

	/** Counts the PostgreSQL whose backend has this pid ({@code select pg_backend_pid()}) as GovSite's. */
	static void watch(long backend) {
		String stat = read(Path.of("/proc/" + backend + "/stat"));
		postmaster = Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]);
	}

	static double cpuSeconds() {
		long ticks = ticks(Path.of("/proc/" + ProcessHandle.current().pid() + "/stat"), false);
		for (ProcessHandle process : postgres()) {
			ticks += ticks(Path.of("/proc/" + process.pid() + "/stat"), true);
		}
		return ticks / 100.0;
	}

	private static java.util.List<ProcessHandle> postgres() {
		return ProcessHandle.of(postmaster)
			.map(main -> java.util.stream.Stream.concat(java.util.stream.Stream.of(main), main.descendants()).toList())
			.orElse(java.util.List.of());
	}

	/** Ticks by name: the JVM's threads by their name, its descendants by their command line. */
	static Map<String, Long> byName() {
		Map<String, Long> ticks = new HashMap<>();
		Path tasks = Path.of("/proc/" + ProcessHandle.current().pid() + "/task");
		try (var threads = Files.list(tasks)) {
			threads.forEach(thread -> ticks.merge(read(thread.resolve("comm")).replaceAll("[#-]?\\d+$", ""),
					ticks(thread.resolve("stat"), false), Long::sum));
		}
		catch (IOException e) {
			// not Linux
		}
		for (ProcessHandle child : postgres()) {
			String command = read(Path.of("/proc/" + child.pid() + "/cmdline")).replace('\0', ' ').strip();
			String name = !command.startsWith("postgres:") ? "postgres (postmaster)"
					: command.matches(".*\\(\\d+\\).*") ? "postgres: a connection" : command.replaceAll("\\s*\\d+$", "");
			ticks.merge(name, ticks(Path.of("/proc/" + child.pid() + "/stat"), true), Long::sum);
		}
		return ticks;
	}

	/** The names that used the most CPU between two {@link #byName()} snapshots. */
	static String busiest(Map<String, Long> before, Map<String, Long> after, int most) {
		return after.entrySet().stream()
			.map(entry -> Map.entry(entry.getKey(), entry.getValue() - before.getOrDefault(entry.getKey(), 0L)))
			.filter(entry -> entry.getValue() > 0)
			.sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
			.limit(most)
			.map(entry -> String.format(Locale.ROOT, "%s %.2f s", entry.getKey(), entry.getValue() / 100.0))
			.collect(Collectors.joining(", "));
	}

	private static long ticks(Path stat, boolean withChildren) {
		try {
			String line = Files.readString(stat);
			String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
			// fields from the state on: utime, stime, cutime, cstime are the 12th to 15th
			long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
			return withChildren ? ticks + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : ticks;
		}
		catch (IOException | RuntimeException e) {
			return 0;
		}
	}

	private static String read(Path file) {
		try {
			return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).strip();
		}
		catch (IOException e) {
			return "?";
		}
	}
}
