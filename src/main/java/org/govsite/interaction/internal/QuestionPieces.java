package org.govsite.interaction.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What two questions must share to be alike: the pairs of neighbouring Chinese characters (Chinese
 * has no spaces to split words at) and the Latin words and numbers, without the pairs every
 * question has (请问, 怎么 …). At most {@link #MAX} pieces, in the order typed.
 */
public final class QuestionPieces {

	static final int MAX = 24;

	private static final Set<String> COMMON = Set.of("请问", "问一", "一下", "我们", "你们", "什么", "怎么", "如何", "可以", "是否",
			"为什", "么时", "时候", "哪里", "能否", "谢谢", "您好", "你好", "这个", "那个", "有没", "没有", "一个", "我想", "想问");

	private QuestionPieces() {
	}

	public static List<String> of(String text) {
		Set<String> pieces = new LinkedHashSet<>();
		int[] points = text.codePoints().toArray();
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < points.length && pieces.size() < MAX; i++) {
			int point = points[i];
			if (Character.UnicodeScript.of(point) == Character.UnicodeScript.HAN) {
				flush(word, pieces);
				if (i + 1 < points.length && Character.UnicodeScript.of(points[i + 1]) == Character.UnicodeScript.HAN) {
					String pair = new String(points, i, 2);
					if (!COMMON.contains(pair)) {
						pieces.add(pair);
					}
				}
			}
			else if (Character.isLetterOrDigit(point)) {
				word.appendCodePoint(point);
			}
			else {
				flush(word, pieces);
			}
		}
		flush(word, pieces);
		return pieces.stream().limit(MAX).toList();
	}

	private static void flush(StringBuilder word, Set<String> pieces) {
		if (word.length() >= 2) {
			pieces.add(word.toString().toLowerCase(Locale.ROOT));
		}
		word.setLength(0);
	}

	/**
	 * How much of a question an entry must share, a piece in its question counting 2 and in its
	 * answer 1: half the pieces, at least 3, and no more than a question of one or two pieces can reach.
	 */
	public static int least(List<String> pieces) {
		return Math.min(2 * pieces.size(), Math.max(3, pieces.size() / 2));
	}
}
