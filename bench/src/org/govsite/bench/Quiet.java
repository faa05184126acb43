package org.govsite.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How a timed run began: the dirty pages the kernel still had to write, how long {@code sync} took
 * to write them, and how long this JVM (with its PostgreSQL) went on working before it fell quiet.
 * Without the wait, a build is timed while the previous one's writeback and GovSite's work after a
 * publish (autovacuum of the emptied manifest, the JIT, the GC) compete with it for the 2 cores.
 */
record Quiet(long dirtyKilobytes, double syncSeconds, double waitedSeconds, double backgroundCpuSeconds) {

	/** A window with at most this much CPU of the process tree counts as quiet (one clock tick in 250 ms: ≤ 4%). */
	private static final double QUIET_CPU_SECONDS = 0.01;

	private static final long WINDOW_MILLIS = 250;

	private static final long MOST_MILLIS = 60_000;

	static Quiet await() {
		long dirty = dirtyNow();
		long start = System.nanoTime();
		try {
			new ProcessBuilder("sync").inheritIO().start().waitFor();
		}
		catch (IOException e) {
			throw new IllegalStateException("sync failed", e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		double synced = (System.nanoTime() - start) / 1e9;
		double first = ProcessTree.cpuSeconds();
		double last = first;
		long waitStart = System.nanoTime();
		while ((System.nanoTime() - waitStart) / 1_000_000 < MOST_MILLIS) {
			try {
				Thread.sleep(WINDOW_MILLIS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
			double now = ProcessTree.cpuSeconds();
			boolean quiet = now - last <= QUIET_CPU_SECONDS;
			last = now;
			if (quiet) {
				break;
			}
		}
		return new Quiet(dirty, synced, (System.nanoTime() - waitStart) / 1e9, last - first);
	}

	static long dirtyNow() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
				if (line.startsWith("Dirty:")) {
					return Long.parseLong(line.replaceAll("\\D", ""));
				}
			}
		}
		catch (IOException | NumberFormatException e) {
			// not Linux: nothing to show
		}
		return -1;
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "dirty %,d MB, sync %.2f s, waited %.2f s for govsite's background CPU %.2f s",
				dirtyKilobytes / 1024, syncSeconds, waitedSeconds, backgroundCpuSeconds);
	}
}
