package org.govsite.publish.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * OpenCC's simplified-to-traditional conversion (s2t), with the dictionaries opencc4j ships
 * ({@code STPhrases}, {@code STCharacters}), by forward maximum matching: at each place the longest
 * phrase of the dictionary that starts there is converted as a whole, any other character by the
 * character table. It gives opencc4j's results (a test compares them) several times faster, which
 * counts when every page of a site is converted.
 */
final class SimplifiedToTraditional {

	private static final String PHRASES = "data/dictionary/STPhrases.txt";

	private static final String CHARACTERS = "data/dictionary/STCharacters.txt";

	private static final Node PHRASE_ROOT = new Node();

	private static final Map<Integer, String> CHARACTER_TABLE = new HashMap<>(8192);

	static {
		read(PHRASES, (from, to) -> {
			Node node = PHRASE_ROOT;
			for (int i = 0; i < from.length(); i++) {
				node = node.children.computeIfAbsent(from.charAt(i), c -> new Node());
			}
			node.value = to;
		});
		read(CHARACTERS, (from, to) -> CHARACTER_TABLE.putIfAbsent(from.codePointAt(0), to));
	}

	private SimplifiedToTraditional() {
	}

	static String convert(String text) {
		StringBuilder out = null;
		int length = text.length();
		int i = 0;
		while (i < length) {
			char first = text.charAt(i);
			if (first < 0x2E80) {
				// nothing below the CJK ranges changes
				if (out != null) {
					out.append(first);
				}
				i++;
				continue;
			}
			Node node = PHRASE_ROOT;
			String phrase = null;
			int phraseEnd = i;
			for (int j = i; j < length; j++) {
				node = node.children.get(text.charAt(j));
				if (node == null) {
					break;
				}
				if (node.value != null) {
					phrase = node.value;
					phraseEnd = j + 1;
				}
			}
			if (phrase != null && phraseEnd - i > 1) {
				out = started(out, text, i);
				out.append(phrase);
				i = phraseEnd;
				continue;
			}
			int codePoint = text.codePointAt(i);
			int width = Character.charCount(codePoint);
			String converted = phrase != null ? phrase : CHARACTER_TABLE.get(codePoint);
			if (converted != null && !converted.equals(text.substring(i, i + width))) {
				out = started(out, text, i);
				out.append(converted);
			}
			else if (out != null) {
				out.appendCodePoint(codePoint);
			}
			i += width;
		}
		return out == null ? text : out.toString();
	}

	/** The output so far: created lazily, with the unchanged text before the first change. */
	private static StringBuilder started(StringBuilder out, String text, int at) {
		if (out != null) {
			return out;
		}
		StringBuilder created = new StringBuilder(text.length() + 16);
		created.append(text, 0, at);
		return created;
	}

	private static void read(String resource, java.util.function.BiConsumer<String, String> entry) {
		try (InputStream in = SimplifiedToTraditional.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("opencc4j's dictionary " + resource + " is missing");
			}
			BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = lines.readLine()) != null) {
				int tab = line.indexOf('\t');
				if (tab <= 0) {
					continue;
				}
				String to = line.substring(tab + 1).strip();
				int space = to.indexOf(' ');
				entry.accept(line.substring(0, tab), space < 0 ? to : to.substring(0, space));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static final class Node {

		final Map<Character, Node> children = new HashMap<>(4);

		String value;
	}
}
