package org.govsite.content.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The longest common subsequence of two lists, as the steps that turn the first into the second.
 * Quadratic in time and memory, which is fine for what it compares (a body's paragraphs, the
 * characters of one paragraph); callers cap the sizes they pass.
 */
final class Lcs {

	enum Op {
		KEEP, DELETE, INSERT
	}

	/** A step: keep an element of both, delete one of the first, or insert one of the second. */
	record Step<T>(Op op, T value) {
	}

	private Lcs() {
	}

	static <T> List<Step<T>> diff(List<T> a, List<T> b) {
		int n = a.size();
		int m = b.size();
		int[][] common = new int[n + 1][m + 1];
		for (int i = n - 1; i >= 0; i--) {
			for (int j = m - 1; j >= 0; j--) {
				common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		List<Step<T>> steps = new ArrayList<>(n + m);
		int i = 0;
		int j = 0;
		while (i < n && j < m) {
			if (a.get(i).equals(b.get(j))) {
				steps.add(new Step<>(Op.KEEP, b.get(j)));
				i++;
				j++;
			}
			else if (common[i + 1][j] >= common[i][j + 1]) {
				steps.add(new Step<>(Op.DELETE, a.get(i++)));
			}
			else {
				steps.add(new Step<>(Op.INSERT, b.get(j++)));
			}
		}
		while (i < n) {
			steps.add(new Step<>(Op.DELETE, a.get(i++)));
		}
		while (j < m) {
			steps.add(new Step<>(Op.INSERT, b.get(j++)));
		}
		return steps;
	}
}
