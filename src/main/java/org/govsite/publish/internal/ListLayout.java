package org.govsite.publish.internal;

/**
 * How a channel's entries are cut into list pages. The older pages are numbered from the oldest
 * entry and hold exactly {@code pageSize} entries each; the newest page ({@code index.html}) holds
 * the rest, between one and two pages' worth. A new document therefore changes {@code index.html}
 * only, and once in {@code pageSize} times adds one numbered page (and changes the link on the one
 * before): the hundreds of older pages of a big channel stay as they are. The price is a newest
 * page that grows to almost twice the size before it splits.
 *
 * @param total the channel's entries
 * @param pageSize entries per numbered page
 */
public record ListLayout(int total, int pageSize) {

	public ListLayout {
		if (pageSize < 1 || total < 0) {
			throw new IllegalArgumentException("pageSize " + pageSize + ", total " + total);
		}
	}

	/** How many numbered pages ({@code index_1.html} … ) there are besides {@code index.html}. */
	public int numbered() {
		return Math.max(0, total / pageSize - 1);
	}

	/** How many entries {@code index.html} shows. */
	public int newestCount() {
		return total - numbered() * pageSize;
	}

	/** How many list pages a reader can turn through: {@code index.html} and the numbered ones. */
	public int pages() {
		return numbered() + 1;
	}

	/**
	 * Page {@code number} (its file's number, 0 = newest) as a reader counts it: newest first, from 1.
	 * The file names count from the oldest so that they stay put; the label a reader sees must not.
	 */
	public int readerNumber(int number) {
		return number == 0 ? 1 : numbered() - number + 2;
	}

	/** Where page {@code number} (0 = newest) starts, counted from the newest entry. */
	public int offset(int number) {
		return number == 0 ? 0 : total - number * pageSize;
	}

	/** How many entries page {@code number} shows. */
	public int limit(int number) {
		return number == 0 ? newestCount() : pageSize;
	}

	/** The page that shows the entry at this offset from the newest. */
	public int pageOf(int offset) {
		if (offset < newestCount()) {
			return 0;
		}
		return (total - offset - 1) / pageSize + 1;
	}
}
