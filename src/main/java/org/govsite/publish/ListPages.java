package org.govsite.publish;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.govsite.publish.internal.ListLayout;

/**
 * A module's long list (a mailbox's published replies, a subject of the disclosure catalogue) cut
 * into pages of {@value #PAGE_SIZE} as channel lists are ({@link ListLayout}): {@code first} holds
 * the newest entries, the older pages {@code …_1.html}, {@code …_2.html} are numbered from the
 * oldest and keep their entries, so that a new entry changes the first page only (and now and then
 * adds a numbered page). Entries are given newest first.
 *
 * @param first the path of the newest page, e.g. {@code hudong/xinxiang/12/index.html}
 * @param total how many entries the list has
 */
public record ListPages(String first, int total) {

	/** Entries per page, as on channel lists. */
	public static final int PAGE_SIZE = 20;

	public ListPages {
		if (!first.endsWith(".html")) {
			throw new IllegalArgumentException("A list's first page is an .html path: " + first);
		}
		if (total < 0) {
			throw new IllegalArgumentException("total " + total);
		}
	}

	private ListLayout layout() {
		return new ListLayout(total, PAGE_SIZE);
	}

	/** The pages' numbers: 0 (the newest) and the numbered ones. */
	public List<Integer> numbers() {
		return java.util.stream.IntStream.rangeClosed(0, layout().numbered()).boxed().toList();
	}

	/** The path of page {@code number} (0 is the newest). */
	public String path(int number) {
		return number == 0 ? first : first.substring(0, first.length() - ".html".length()) + "_" + number + ".html";
	}

	/** Where page {@code number} starts, counted from the newest entry. */
	public int offset(int number) {
		return layout().offset(number);
	}

	/** How many entries page {@code number} shows. */
	public int limit(int number) {
		return layout().limit(number);
	}

	/** The entries of page {@code number}, out of all the list's entries, newest first. */
	public <T> List<T> on(List<T> all, int number) {
		ListLayout layout = layout();
		int from = Math.min(all.size(), layout.offset(number));
		return all.subList(from, Math.min(all.size(), from + layout.limit(number)));
	}

	/** The links of page {@code number} to the others, as a channel list's pager has them. */
	public SitePage.Pager pager(int number) {
		ListLayout layout = layout();
		int numbered = layout.numbered();
		if (number == 0) {
			return new SitePage.Pager(null, null, numbered > 0 ? path(numbered) : null, numbered > 0 ? path(1) : null, 1,
					layout.pages(), total);
		}
		return new SitePage.Pager(path(0), path(number == numbered ? 0 : number + 1), number > 1 ? path(number - 1) : null,
				number > 1 ? path(1) : null, layout.readerNumber(number), layout.pages(), total);
	}

	/**
	 * The pages that change when the newest {@code added} entries came: the newest page, and, where
	 * the count crossed a page boundary, the numbered page that appeared and the one before it,
	 * whose link to newer entries changed. Every page when more than one page appeared at once.
	 */
	public Set<Integer> changedByNewest(int added) {
		int before = new ListLayout(Math.max(0, total - added), PAGE_SIZE).numbered();
		int now = layout().numbered();
		Set<Integer> changed = new TreeSet<>(List.of(0));
		if (added > layout().newestCount() || now - before > 1) {
			changed.addAll(numbers());
		}
		else if (now != before) {
			changed.add(now);
			if (before >= 1) {
				changed.add(before);
			}
		}
		return changed;
	}

	/** The paths of the numbered pages a list of {@code totalBefore} entries had beyond this one's. */
	public Set<String> gone(int totalBefore) {
		Set<String> gone = new TreeSet<>();
		for (int number = layout().numbered() + 1; number <= new ListLayout(totalBefore, PAGE_SIZE).numbered(); number++) {
			gone.add(path(number));
		}
		return gone;
	}
}
