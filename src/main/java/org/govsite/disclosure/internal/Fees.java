package org.govsite.disclosure.internal;

import org.govsite.disclosure.FeeMethod;

/**
 * The fee bands of 《政府信息公开信息处理费管理办法》 (SPEC.md §6), in yuan. Each band charges the
 * items or pages that fall in it, not the whole request.
 */
public final class Fees {

	private Fees() {
	}

	/**
	 * @param method how the fee is counted
	 * @param quantity items (this request) or pages
	 * @param itemsEarlierThisMonth for {@link FeeMethod#BY_ITEM}: the applicant's items already
	 *        counted this month, so that this request's items continue the count
	 */
	public static int amount(FeeMethod method, int quantity, int itemsEarlierThisMonth) {
		if (quantity < 1 || itemsEarlierThisMonth < 0) {
			throw new IllegalArgumentException("A fee counts at least one item or page");
		}
		return switch (method) {
			case BY_ITEM -> byItem(itemsEarlierThisMonth + quantity) - byItem(itemsEarlierThisMonth);
			case BY_PAGE -> byPage(quantity);
		};
	}

	/** The fee for the first {@code items} items of a month: 10 free, 11–30 ¥100 each, each further ten ¥100 more each. */
	static int byItem(int items) {
		int fee = 0;
		for (int item = 11; item <= items; item++) {
			fee += item <= 30 ? 100 : 100 * (2 + (item - 31) / 10);
		}
		return fee;
	}

	/** 30 pages free, 31–100 ¥10, 101–200 ¥20, from 201 ¥40 per page. */
	static int byPage(int pages) {
		return 10 * band(pages, 30, 100) + 20 * band(pages, 100, 200) + 40 * Math.max(0, pages - 200);
	}

	private static int band(int count, int above, int upTo) {
		return Math.max(0, Math.min(count, upTo) - above);
	}
}
