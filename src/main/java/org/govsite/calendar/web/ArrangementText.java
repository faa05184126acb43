package org.govsite.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.govsite.calendar.NamedDay;

/**
 * The console's way of writing a list of days: one day a line, {@code 2027-01-01 元旦}. Blank
 * lines are skipped; each line keeps its number, so that an error can name it.
 */
final class ArrangementText {

	/** Between date and name: spaces, tabs or the full-width space of a Chinese keyboard. */
	private static final Pattern SEPARATOR = Pattern.compile("[\\s\\u3000]+");

	private ArrangementText() {
	}

	/** A line that reads as a day. */
	record Line(int number, String text, NamedDay day) {
	}

	/** A line that does not: its date cannot be read. */
	record BadLine(int number, String text) {
	}

	record Parsed(List<Line> lines, List<BadLine> badLines) {

		List<NamedDay> days() {
			return lines.stream().map(Line::day).toList();
		}
	}

	static Parsed parse(String text) {
		List<Line> lines = new ArrayList<>();
		List<BadLine> badLines = new ArrayList<>();
		String[] raw = text.split("\\R", -1);
		for (int i = 0; i < raw.length; i++) {
			String line = raw[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			String[] parts = SEPARATOR.split(line, 2);
			try {
				LocalDate date = LocalDate.parse(parts[0]);
				lines.add(new Line(i + 1, line, new NamedDay(date, parts.length > 1 ? parts[1].strip() : "")));
			}
			catch (DateTimeParseException e) {
				badLines.add(new BadLine(i + 1, line));
			}
		}
		return new Parsed(lines, badLines);
	}

	/** The days as the text to edit, in date order. */
	static String format(Map<LocalDate, String> days) {
		return days.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map(day -> day.getKey() + " " + day.getValue())
			.collect(Collectors.joining("\n"));
	}
}
