package org.govsite.servicecatalog;

import java.io.IOException;
import java.util.List;

import org.govsite.platform.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * Where service items come from besides the console and the xlsx import: the provincial 政务服务
 * system. The default adapter reads a JSON feed ({@code govsite.servicecatalog.item-feed.url});
 * another system plugs in by providing a bean of this type.
 */
public interface ServiceItemSource {

	/** Whether a system is configured at all; if not, nothing is imported. */
	boolean configured();

	/**
	 * Every item the system offers now. An item that cannot be read is returned as unreadable,
	 * the rest still count.
	 *
	 * @throws IOException when the system cannot be read at all
	 */
	Items read() throws IOException;

	/** What was read: the items, and those that could not be read with why. */
	record Items(List<Item> items, List<Unreadable> unreadable) {

		public Items {
			items = List.copyOf(items);
			unreadable = List.copyOf(unreadable);
		}
	}

	/**
	 * An item for the catalogue of one site.
	 *
	 * @param position its place in what was read, from 1, to name it in errors
	 * @param siteCode the 标识码 of the site whose catalogue offers it
	 */
	record Item(int position, String siteCode, ServiceGuide guide) {
	}

	/** An item that could not be read, with its 事项编码 when that much could be. */
	record Unreadable(int position, @Nullable String code, RuleViolation violation) {
	}
}
