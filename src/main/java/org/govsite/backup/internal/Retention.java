package org.govsite.backup.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which backup sets to delete: of the good sets, the newest of each of the last {@code keepDays}
 * days that have one is kept (days without a backup do not use up the count, so a stopped
 * schedule never deletes the last good sets); every other set goes, and so does the record of
 * every failed one (its files went when it failed).
 */
final class Retention {

	private Retention() {
	}

	record Taken(String name, Instant takenAt, boolean good) {
	}

	static List<String> toDelete(List<Taken> sets, int keepDays, ZoneId zone) {
		if (keepDays < 1) {
			throw new IllegalArgumentException("Keep at least one day of backups: " + keepDays);
		}
		List<Taken> newestFirst = new ArrayList<>(sets);
		newestFirst.sort(Comparator.comparing(Taken::takenAt).reversed());
		Set<LocalDate> days = new HashSet<>();
		Set<String> kept = new HashSet<>();
		for (Taken set : newestFirst) {
			if (!set.good()) {
				continue;
			}
			LocalDate day = LocalDate.ofInstant(set.takenAt(), zone);
			if (days.size() < keepDays && days.add(day)) {
				kept.add(set.name());
			}
		}
		return newestFirst.stream()
			.filter(set -> !kept.contains(set.name()))
			.map(Taken::name)
			.toList();
	}
}
