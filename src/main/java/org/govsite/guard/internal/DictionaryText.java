package org.govsite.guard.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.govsite.guard.FindingCategory;
import org.govsite.guard.FindingLevel;
import org.govsite.guard.GuardRefusal;

/**
 * The plain-text form of the dictionaries, for the shipped defaults, import and export: one entry
 * a line, tab-separated {@code category level pattern [suggestion]}; the whitelist one word a
 * line; {@code #} starts a comment line.
 */
public final class DictionaryText {

	private DictionaryText() {
	}

	/** The entries of the text; a line that cannot be read is refused with its number. */
	public static List<DictionaryEntry> entries(String text) {
		List<DictionaryEntry> entries = new ArrayList<>();
		String[] lines = text.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String[] fields = lines[i].split("\t");
			try {
				entries.add(new DictionaryEntry(FindingCategory.ofCode(fields[0]), FindingLevel.ofCode(fields[1]),
						fields[2], fields.length > 3 ? fields[3] : null));
			}
			catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
				throw new GuardRefusal("guard.import.badLine", i + 1);
			}
		}
		return entries;
	}

	/** The words of a whitelist text. */
	public static List<String> words(String text) {
		return text.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
	}

	public static String format(List<DictionaryEntry> entries) {
		StringBuilder out = new StringBuilder("# category\tlevel\tpattern\tsuggestion\n");
		for (DictionaryEntry entry : entries) {
			out.append(entry.category().code()).append('\t').append(entry.level().code()).append('\t')
				.append(entry.pattern());
			if (entry.suggestion() != null) {
				out.append('\t').append(entry.suggestion());
			}
			out.append('\n');
		}
		return out.toString();
	}

	/** A shipped file under {@code src/main/resources/guard/}. */
	public static String resource(String name) {
		try (InputStream in = DictionaryText.class.getResourceAsStream("/guard/" + name)) {
			if (in == null) {
				throw new IllegalStateException("guard/" + name + " is missing");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The scanner of the shipped dictionaries alone (tests, benchmarks, a fresh platform). */
	public static Scanner defaults() {
		return new Scanner(entries(resource("dictionary.txt")), words(resource("whitelist.txt")), PersonalData.defaults());
	}
}
