package org.govsite.bench;

import java.util.Locale;
import java.util.Map;

/** The CPU GovSite's JVM and PostgreSQL used while something else (a Hugo build) was timed, and by whom. */
record Background(double cpuSeconds, String busiest) {

	static final Background NONE = new Background(0, "");

	static Background since(Snapshot before) {
		Snapshot after = Snapshot.take();
		return new Background(after.cpuSeconds - before.cpuSeconds, ProcessTree.busiest(before.byName, after.byName, 3));
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "CPU %.2f s%s", cpuSeconds, busiest.isEmpty() ? "" : ": " + busiest);
	}

	record Snapshot(double cpuSeconds, Map<String, Long> byName) {

		static Snapshot take() {
			return new Snapshot(ProcessTree.cpuSeconds(), ProcessTree.byName());
		}
	}
}
