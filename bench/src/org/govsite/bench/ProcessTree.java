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
 * The CPU time (user+sys, from /proc) of this JVM and its descendants (the embedded PostgreSQL and
 * its backends, reaped ones included), as a whole or by thread and process: what GovSite does
 * while it is not being timed.
 */
final class ProcessTree {

	private ProcessTree() {
	}

	static double cpuSeconds() {
		long ticks = ticks(Path.of("/proc/" + ProcessHandle.current().pid() + "/stat"), true);
		for (ProcessHandle child : ProcessHandle.current().descendants().toList()) {
			ticks += ticks(Path.of("/proc/" + child.pid() + "/stat"), true);
		}
		return ticks / 100.0;
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
		for (ProcessHandle child : ProcessHandle.current().descendants().toList()) {
			String command = read(Path.of("/proc/" + child.pid() + "/cmdline")).replace('\0', ' ').strip();
			String name = command.startsWith("postgres:") ? command.replaceAll("^postgres: (\\S+ )?", "postgres: ")
				.replaceAll("\\s+\\S+\\s+\\S+\\(\\d+\\).*", " (a connection)") : "postgres";
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
