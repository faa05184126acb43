package org.govsite.publish.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * OpenCC's simplified-to-traditional conversion (s2t), with OpenCC's own dictionaries of a known
 * release ({@code STPhrases}, {@code STCharacters}, bundled under {@code opencc/}: opencc4j's copies
 * differ from OpenCC's output, see the README there), by forward maximum matching: at each place the
 * longest phrase of the dictionary that starts there is converted as a whole, any other character
 * by the character table. It gives the {@code opencc} command's results (a test compares them on a
 * real corpus), and is fast, which counts when every page of a site is converted: the tables are
 * indexed by the character itself, and a phrase's further characters are found by binary search in
 * small sorted arrays.
 */
final class SimplifiedToTraditional {

	private static final String PHRASES = "opencc/STPhrases.txt";

	private static final String CHARACTERS = "opencc/STCharacters.txt";

	/** Nothing below the CJK ranges changes. */
	private static final char FIRST_CONVERTIBLE = 0x2E80;

	/** The phrases by their first character (of the basic plane). */
	private static final Node[] PHRASES_BY_FIRST = new Node[0x10000];

	/** The character table of the basic plane, and of the others (rare in either direction). */
	private static final String[] BASIC_CHARACTERS = new String[0x10000];

	private static final Map<Integer, String> OTHER_CHARACTERS = new HashMap<>();

	static {
		Map<Character, Builder> phrases = new HashMap<>(8192);
		read(PHRASES, (from, to) -> {
			Builder node = phrases.computeIfAbsent(from.charAt(0), c -> new Builder());
			for (int i = 1; i < from.length(); i++) {
				node = node.children.computeIfAbsent(from.charAt(i), c -> new Builder());
			}
			node.value = to;
		});
		phrases.forEach((first, node) -> PHRASES_BY_FIRST[first] = node.build());
		read(CHARACTERS, (from, to) -> {
			int codePoint = from.codePointAt(0);
			if (Character.charCount(codePoint) == from.length() && !to.equals(from)) {
				if (codePoint < BASIC_CHARACTERS.length) {
					if (BASIC_CHARACTERS[codePoint] == null) {
						BASIC_CHARACTERS[codePoint] = to;
					}
				}
				else {
					OTHER_CHARACTERS.putIfAbsent(codePoint, to);
				}
			}
		});
	}

	private SimplifiedToTraditional() {
	}

	static String convert(String text) {
		int first = 0;
		while (first < text.length() && text.charAt(first) < FIRST_CONVERTIBLE) {
			first++;
		}
		if (first == text.length()) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
		convert(text, first, text.length(), out);
		return out.toString();
	}

	/**
	 * Appends the conversion of {@code text[start, end)} to {@code out}. Unchanged stretches are
	 * appended whole when the next change comes: most characters of a page stay as they are.
	 */
	static void convert(CharSequence text, int start, int end, StringBuilder out) {
		int copied = start;
		int i = start;
		while (i < end) {
			char first = text.charAt(i);
			if (first < FIRST_CONVERTIBLE) {
				i++;
				continue;
			}
			Node node = PHRASES_BY_FIRST[first];
			String phrase = node == null ? null : node.value;
			int phraseEnd = i + 1;
			for (int j = i + 1; node != null && j < end; j++) {
				node = node.child(text.charAt(j));
				if (node != null && node.value != null) {
					phrase = node.value;
					phraseEnd = j + 1;
				}
			}
			if (phrase != null && phraseEnd - i > 1) {
				out.append(text, copied, i).append(phrase);
				i = phraseEnd;
				copied = i;
				continue;
			}
			int codePoint = Character.codePointAt(text, i);
			int width = Character.charCount(codePoint);
			String converted = phrase != null ? phrase
					: width == 1 ? BASIC_CHARACTERS[codePoint] : OTHER_CHARACTERS.get(codePoint);
			if (converted != null && !(width == 1 && converted.length() == 1 && converted.charAt(0) == first)) {
				out.append(text, copied, i).append(converted);
				copied = i + width;
			}
			i += width;
		}
		out.append(text, copied, end);
	}

	private static void read(String resource, BiConsumer<String, String> entry) {
		try (InputStream in = SimplifiedToTraditional.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("OpenCC's dictionary " + resource + " is missing");
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

	/** A place in the phrase tree: the conversion of the phrase ending here, and what may follow. */
	private static final class Node {

		private static final char[] NO_KEYS = {};

		private static final Node[] NO_NODES = {};

		final String value;

		private final char[] keys;

		private final Node[] children;

		Node(String value, char[] keys, Node[] children) {
			this.value = value;
			this.keys = keys;
			this.children = children;
		}

		Node child(char next) {
			int index = keys.length == 0 ? -1 : Arrays.binarySearch(keys, next);
			return index < 0 ? null : children[index];
		}
	}

	private static final class Builder {

		final Map<Character, Builder> children = new TreeMap<>();

		String value;

		Node build() {
			if (children.isEmpty()) {
				return new Node(value, Node.NO_KEYS, Node.NO_NODES);
			}
			char[] keys = new char[children.size()];
			Node[] nodes = new Node[children.size()];
			int i = 0;
			for (Map.Entry<Character, Builder> child : children.entrySet()) {
				keys[i] = child.getKey();
				nodes[i++] = child.getValue().build();
			}
			return new Node(value, keys, nodes);
		}
	}
}
