package org.govsite.publish;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the home page's 互动交流 block shows of a site's mailboxes, given by the module that keeps
 * them (interaction), so that publishing needs nothing of that module: it asks at every publish
 * of the home page, and the module asks {@link PublishJobs#mailboxesChanged(long)} when the list
 * changes. Without such a bean the block shows the site's interaction channels only.
 */
public interface HomeMailboxes {

	/** The site's open mailboxes, in the order the block lists them. */
	List<Mailbox> of(long siteId);

	/**
	 * The site's page of published replies (答复选登), relative to the site's folder, among the
	 * pages a {@link SitePageSource} of the module gives; null when the site has none.
	 */
	@Nullable
	String repliesPage(long siteId);

	/** A mailbox: its letters are written at {@code /letters/write?mailbox=<id>}. */
	record Mailbox(long id, String name) {
	}
}
