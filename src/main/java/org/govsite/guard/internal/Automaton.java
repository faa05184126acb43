package org.govsite.guard.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Aho-Corasick automaton over normalised patterns ({@link TextNormalizer}), built once for all
 * dictionaries together so that a text is read once whatever their size. It reads the original
 * text and normalises each character on the way, so that a hit is reported at its place in the
 * original; characters that normalise to {@link TextNormalizer#SKIP} are passed over without
 * breaking a match.
 * <p>
 * Why this shape (see docs/adr/0002-guard-automaton.md): the edges sit in a double array, so a step
 * is two array reads ({@code base} of the state, {@code check} of the slot it points to) and no
 * hashing; states are placed breadth first, so the states right under the root, where running
 * text spends most of its steps, and their children lie close together and stay in the processor's
 * cache. One table takes a character of the text straight to its symbol (normalisation included),
 * and the two flags the common step needs (an output here, the failure link goes to the root) are
 * packed into {@code base}, read by the step anyway.
 */
public final class Automaton {

	/** Receives each hit: the pattern's index and the end (exclusive) of its last character in the text. */
	@FunctionalInterface
	public interface Hits {

		void hit(int pattern, int end);

		/** A character the automaton was built to mark ({@link Automaton#Automaton(List, String)}) is at the index. */
		default void marked(int index) {
		}
	}

	/** The symbol of a character that is passed over ({@link TextNormalizer#SKIP}). */
	private static final char SKIPPED = 0xFFFF;

	/** The symbol of a marked character: its own symbol is in {@link #unmarked}. */
	private static final char MARKED = 0xFFFE;

	private static final int BASE = (1 << 29) - 1;

	private static final int HAS_OUTPUT = 1 << 29;

	private static final int FAILS_TO_ROOT = 1 << 30;

	/** A state right under the root: its edges are in {@link #firstEdges}. */
	private static final int FIRST = 1 << 31;

	/** Above this many symbols, the first level's bit rows would no longer stay in cache; check serves. */
	private static final int FIRST_EDGES_UP_TO = 4096;

	/** For each character of the text, after normalisation: its symbol, 0 when no pattern has it, or {@link #SKIPPED}. */
	private final char[] symbols = new char[0x10000];

	/** For each marked character, the symbol it has in matching (the same as {@link #symbols} for the others). */
	private final char[] unmarked;

	/** The root's edges by symbol (0: stay at the root); the root is slot 0. */
	private final int[] root;

	/** For each slot: the base its edges are placed from, and the flags. */
	private final int[] base;

	/** For each slot: the slot of the state whose edge leads to it, or -1 when free. */
	private final int[] check;

	private final int[] fail;

	/** The pattern that ends at a state, or -1. */
	private final int[] output;

	/** The state itself when it has an output, else the nearest state on its failure chain that has one, else 0. */
	private final int[] report;

	private final int[] lengths;

	/**
	 * For each state right under the root, one bit per symbol for its edges: in running text most
	 * steps leave such a state, and a row of bits answers from the processor's nearest cache where
	 * check would be read from further away. The row of a state is its slot less the root's base.
	 */
	private final long[] firstEdges;

	private final int rowWords;

	private final int rootBase;

	/** Builds the automaton; the patterns must be normalised and not empty; their index is their id. */
	public Automaton(List<String> patterns) {
		this(patterns, "");
	}

	/**
	 * Builds the automaton that also reports where the marked characters (of the original text, not
	 * normalised) are: a caller looking for them too needs no pass of its own, and the common
	 * step tests nothing more, since a marked character takes the rare branch skipped ones take.
	 */
	public Automaton(List<String> patterns, String marked) {
		char[] symbolOf = new char[0x10000];
		int alphabet = 1;
		for (String pattern : patterns) {
			for (int i = 0; i < pattern.length(); i++) {
				if (symbolOf[pattern.charAt(i)] == 0) {
					symbolOf[pattern.charAt(i)] = (char) alphabet++;
				}
			}
		}
		for (int c = 0; c < symbols.length; c++) {
			char normal = TextNormalizer.normalize((char) c);
			symbols[c] = normal == TextNormalizer.SKIP ? SKIPPED : symbolOf[normal];
		}
		if (alphabet >= MARKED) {
			throw new IllegalArgumentException("The patterns have more distinct characters than symbols fit in a char");
		}
		unmarked = symbols.clone();
		for (int i = 0; i < marked.length(); i++) {
			symbols[marked.charAt(i)] = MARKED;
		}
		lengths = new int[patterns.size()];
		Trie trie = new Trie(patterns, symbolOf, lengths);
		Layout layout = new Layout(trie, alphabet);
		int slots = layout.check.length;
		base = layout.base;
		check = layout.check;
		fail = new int[slots];
		output = new int[slots];
		report = new int[slots];
		Arrays.fill(output, -1);
		root = new int[alphabet];
		trie.children.get(0).forEach((symbol, child) -> root[symbol] = layout.slotOf[child]);
		for (int node = 0; node < trie.size(); node++) {
			int slot = layout.slotOf[node];
			fail[slot] = layout.slotOf[trie.fail[node]];
			output[slot] = trie.output.get(node);
		}
		rootBase = base[0];
		rowWords = (alphabet + 63) >>> 6;
		boolean rows = alphabet <= FIRST_EDGES_UP_TO;
		firstEdges = new long[rows ? alphabet * rowWords : 0];
		for (int node : trie.breadthFirst) {
			int slot = layout.slotOf[node];
			report[slot] = output[slot] >= 0 ? slot : report[fail[slot]];
			boolean first = rows && check[slot] == 0;
			if (first) {
				for (int symbol : trie.children.get(node).keySet()) {
					firstEdges[(slot - rootBase) * rowWords + (symbol >>> 6)] |= 1L << symbol;
				}
			}
			base[slot] |= (report[slot] != 0 ? HAS_OUTPUT : 0) | (fail[slot] == 0 ? FAILS_TO_ROOT : 0) | (first ? FIRST : 0);
		}
	}

	/** The number of characters of a pattern, as normalised. */
	public int length(int pattern) {
		return lengths[pattern];
	}

	/** Reports every occurrence of every pattern in the text, in the order their ends are reached. */
	public void scan(CharSequence text, Hits hits) {
		int state = 0;
		int info = 0;
		for (int i = 0, n = text.length(); i < n; i++) {
			char c = text.charAt(i);
			int symbol = symbols[c];
			if (symbol >= MARKED) {
				if (symbol == SKIPPED) {
					continue;
				}
				hits.marked(i);
				symbol = unmarked[c];
				if (symbol == SKIPPED) {
					continue;
				}
			}
			if (symbol == 0) {
				state = 0;
				info = 0;
				continue;
			}
			state = next(state, info, symbol);
			info = base[state];
			if ((info & HAS_OUTPUT) != 0) {
				for (int r = report[state]; r != 0; r = report[fail[r]]) {
					hits.hit(output[r], i + 1);
				}
			}
		}
	}

	/** Follows the edge, or the failure links until one has the edge; the root's table ends the search. */
	private int next(int state, int info, int symbol) {
		while (state != 0) {
			if ((info & FIRST) != 0) {
				boolean edge = (firstEdges[(state - rootBase) * rowWords + (symbol >>> 6)] & (1L << symbol)) != 0;
				return edge ? (info & BASE) + symbol : root[symbol];
			}
			int slot = (info & BASE) + symbol;
			if (check[slot] == state) {
				return slot;
			}
			state = (info & FAILS_TO_ROOT) != 0 ? 0 : fail[state];
			info = base[state];
		}
		return root[symbol];
	}

	/** The patterns as a trie of maps, with failure links: only while building. */
	private static final class Trie {

		final List<Map<Integer, Integer>> children = new ArrayList<>();

		final List<Integer> output = new ArrayList<>();

		final int[] fail;

		final int[] breadthFirst;

		Trie(List<String> patterns, char[] symbolOf, int[] lengths) {
			children.add(new HashMap<>());
			output.add(-1);
			for (int p = 0; p < patterns.size(); p++) {
				String pattern = patterns.get(p);
				lengths[p] = pattern.length();
				int node = 0;
				for (int i = 0; i < pattern.length(); i++) {
					int symbol = symbolOf[pattern.charAt(i)];
					Integer next = children.get(node).get(symbol);
					if (next == null) {
						next = children.size();
						children.get(node).put(symbol, next);
						children.add(new HashMap<>(2));
						output.add(-1);
					}
					node = next;
				}
				if (output.get(node) < 0) {
					output.set(node, p);
				}
			}
			fail = new int[size()];
			breadthFirst = new int[size() - 1];
			int visited = 0;
			ArrayDeque<Integer> queue = new ArrayDeque<>(children.get(0).values());
			while (!queue.isEmpty()) {
				int node = queue.poll();
				breadthFirst[visited++] = node;
				for (Map.Entry<Integer, Integer> edge : children.get(node).entrySet()) {
					int f = fail[node];
					Integer next;
					while ((next = children.get(f).get(edge.getKey())) == null && f != 0) {
						f = fail[f];
					}
					fail[edge.getValue()] = next == null ? 0 : next;
					queue.add(edge.getValue());
				}
			}
		}

		int size() {
			return children.size();
		}
	}

	/**
	 * Places the trie's states into the double array, breadth first: each state's base is the first
	 * one at which all its edges fall on free slots.
	 */
	private static final class Layout {

		int[] base;

		int[] check;

		final int[] slotOf;

		/** Searches start here: every slot below is taken, or nearly. */
		private int firstFree = 1;

		Layout(Trie trie, int alphabet) {
			int capacity = Math.max(1024, trie.size() * 2 + alphabet);
			base = new int[capacity];
			check = new int[capacity];
			Arrays.fill(check, -1);
			slotOf = new int[trie.size()];
			place(trie, 0);
			for (int node : trie.breadthFirst) {
				place(trie, node);
			}
			// Past the last base, a step may read check at base + any symbol: keep those slots in the array.
			int used = check.length;
			while (used > 0 && check[used - 1] == -1 && base[used - 1] == 0) {
				used--;
			}
			int maxBase = 0;
			for (int slot = 0; slot < used; slot++) {
				maxBase = Math.max(maxBase, base[slot]);
			}
			int length = Math.max(used, maxBase + alphabet);
			base = Arrays.copyOf(base, length);
			check = Arrays.copyOf(check, length);
			Arrays.fill(check, used, length, -1);
		}

		private void place(Trie trie, int node) {
			Map<Integer, Integer> edges = trie.children.get(node);
			if (edges.isEmpty()) {
				return;
			}
			int[] symbols = edges.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
			while (isTaken(firstFree)) {
				firstFree++;
			}
			int start = Math.max(firstFree, symbols[0] + 1);
			int taken = 0;
			int p = start;
			while (isTaken(p) || !fits(p - symbols[0], symbols)) {
				taken += check[p] != -1 ? 1 : 0;
				p++;
			}
			// As in Darts: once the slots passed over are nearly all taken, later searches start past them.
			if (p > start && taken >= 0.95 * (p - start)) {
				firstFree = p;
			}
			int b = p - symbols[0];
			int slot = slotOf[node];
			base[slot] = b;
			for (int symbol : symbols) {
				check[b + symbol] = slot;
				slotOf[edges.get(symbol)] = b + symbol;
			}
		}

		private boolean isTaken(int slot) {
			grow(slot);
			return check[slot] != -1;
		}

		private void grow(int slot) {
			if (slot >= check.length) {
				int capacity = Math.max(check.length * 2, slot + 1);
				base = Arrays.copyOf(base, capacity);
				int old = check.length;
				check = Arrays.copyOf(check, capacity);
				Arrays.fill(check, old, capacity, -1);
			}
		}

		private boolean fits(int b, int[] symbols) {
			grow(b + symbols[symbols.length - 1]);
			for (int symbol : symbols) {
				int slot = b + symbol;
				if (slot == 0 || check[slot] != -1) {
					return false;
				}
			}
			return true;
		}
	}
}
