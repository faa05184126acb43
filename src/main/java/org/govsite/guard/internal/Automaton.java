package org.govsite.guard.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
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
 * Why a hand-written one (see docs/adr/0002-guard-automaton.md): the transitions of the root sit in a
 * dense array indexed by the character's symbol and the others in one open-addressing table keyed
 * by (state, symbol), so a step is an array read or one hash probe, with no boxing and no objects
 * made while scanning.
 */
public final class Automaton {

	/** Receives each hit: the pattern's index and the end (exclusive) of its last character in the text. */
	@FunctionalInterface
	public interface Hits {

		void hit(int pattern, int end);
	}

	private final char[] symbolOf = new char[0x10000];

	private final int[] root;

	private final long[] keys;

	private final int[] targets;

	private final int mask;

	/**
	 * One bit per (state, symbol) hash, set for each edge: most steps in running text have no edge,
	 * and this small array (it stays in the processor's cache) says so without touching the table.
	 */
	private final long[] edges = new long[1 << (FILTER_BITS - 6)];

	private static final int FILTER_BITS = 22;

	private final int[] fail;

	/** The pattern that ends at a state, or -1. */
	private final int[] output;

	/** The state itself when it has an output, else the nearest state on its failure chain that has one, else 0. */
	private final int[] report;

	private final int[] lengths;

	/** Builds the automaton; the patterns must be normalised and not empty; their index is their id. */
	public Automaton(List<String> patterns) {
		int symbols = 1;
		for (String pattern : patterns) {
			for (int i = 0; i < pattern.length(); i++) {
				if (symbolOf[pattern.charAt(i)] == 0) {
					symbolOf[pattern.charAt(i)] = (char) symbols++;
				}
			}
		}
		List<Map<Integer, Integer>> children = new ArrayList<>();
		children.add(new HashMap<>());
		List<Integer> outputs = new ArrayList<>();
		outputs.add(-1);
		lengths = new int[patterns.size()];
		int transitions = 0;
		for (int p = 0; p < patterns.size(); p++) {
			String pattern = patterns.get(p);
			lengths[p] = pattern.length();
			int state = 0;
			for (int i = 0; i < pattern.length(); i++) {
				int symbol = symbolOf[pattern.charAt(i)];
				Integer next = children.get(state).get(symbol);
				if (next == null) {
					next = children.size();
					children.get(state).put(symbol, next);
					children.add(new HashMap<>(2));
					outputs.add(-1);
					transitions++;
				}
				state = next;
			}
			if (outputs.get(state) < 0) {
				outputs.set(state, p);
			}
		}
		int states = children.size();
		root = new int[symbols];
		children.get(0).forEach((symbol, state) -> root[symbol] = state);
		int capacity = Integer.highestOneBit(Math.max(4, transitions * 2 - 1)) << 1;
		keys = new long[capacity];
		java.util.Arrays.fill(keys, -1);
		targets = new int[capacity];
		mask = capacity - 1;
		for (int state = 1; state < states; state++) {
			for (Map.Entry<Integer, Integer> edge : children.get(state).entrySet()) {
				put(key(state, edge.getKey()), edge.getValue());
			}
		}
		output = outputs.stream().mapToInt(Integer::intValue).toArray();
		fail = new int[states];
		report = new int[states];
		ArrayDeque<Integer> queue = new ArrayDeque<>(children.get(0).values());
		while (!queue.isEmpty()) {
			int state = queue.poll();
			report[state] = output[state] >= 0 ? state : report[fail[state]];
			for (Map.Entry<Integer, Integer> edge : children.get(state).entrySet()) {
				int child = edge.getValue();
				int f = fail[state];
				int next;
				while ((next = step(f, edge.getKey())) < 0) {
					f = fail[f];
				}
				fail[child] = next;
				queue.add(child);
			}
		}
		// From here on, every state the scan moves to carries its flags (see ID).
		for (int symbol = 1; symbol < root.length; symbol++) {
			root[symbol] = flagged(root[symbol]);
		}
		for (int slot = 0; slot < keys.length; slot++) {
			if (keys[slot] != -1) {
				targets[slot] = flagged(targets[slot]);
			}
		}
		for (int state = 1; state < states; state++) {
			fail[state] = flagged(fail[state]);
		}
	}

	/**
	 * A state as the scan holds it: its number and two flags read with it, so that the common step
	 * (no output here, the failure link goes to the root) touches no array indexed by the state.
	 */
	private static final int ID = (1 << 29) - 1;

	private static final int HAS_OUTPUT = 1 << 29;

	private static final int FAILS_TO_ROOT = 1 << 30;

	private int flagged(int state) {
		if (state == 0) {
			return 0;
		}
		return state | (report[state] != 0 ? HAS_OUTPUT : 0) | (fail[state] == 0 ? FAILS_TO_ROOT : 0);
	}

	/** The number of characters of a pattern, as normalised. */
	public int length(int pattern) {
		return lengths[pattern];
	}

	/** Reports every occurrence of every pattern in the text, in the order their ends are reached. */
	public void scan(CharSequence text, Hits hits) {
		int state = 0;
		for (int i = 0, n = text.length(); i < n; i++) {
			char c = TextNormalizer.normalize(text.charAt(i));
			if (c == TextNormalizer.SKIP) {
				continue;
			}
			int symbol = symbolOf[c];
			if (symbol == 0) {
				state = 0;
				continue;
			}
			int next;
			while ((next = step(state & ID, symbol)) < 0) {
				state = (state & FAILS_TO_ROOT) != 0 ? 0 : fail[state & ID];
			}
			state = next;
			if ((state & HAS_OUTPUT) != 0) {
				for (int r = report[state & ID]; r != 0; r = report[fail[r] & ID]) {
					hits.hit(output[r], i + 1);
				}
			}
		}
	}

	/** The next state, or -1 when there is no edge (the root always has one: itself). */
	private int step(int state, int symbol) {
		if (state == 0) {
			return root[symbol];
		}
		long key = key(state, symbol);
		long hash = key * 0x9E3779B97F4A7C15L;
		int bit = (int) (hash >>> (64 - FILTER_BITS));
		if ((edges[bit >>> 6] & (1L << bit)) == 0) {
			return -1;
		}
		for (int slot = (int) (hash >>> 20) & mask;; slot = (slot + 1) & mask) {
			long found = keys[slot];
			if (found == key) {
				return targets[slot];
			}
			if (found == -1) {
				return -1;
			}
		}
	}

	private void put(long key, int target) {
		long hash = key * 0x9E3779B97F4A7C15L;
		int bit = (int) (hash >>> (64 - FILTER_BITS));
		edges[bit >>> 6] |= 1L << bit;
		int slot = (int) (hash >>> 20) & mask;
		while (keys[slot] != -1) {
			slot = (slot + 1) & mask;
		}
		keys[slot] = key;
		targets[slot] = target;
	}

	private static long key(int state, int symbol) {
		return ((long) state << 16) | symbol;
	}

}
