package org.govsite.content;

/**
 * What the signed-in user may do with documents, asked by a page before it shows an action, so
 * that no button it shows ends in a refusal. The use cases check the same rules again.
 */
public interface DocumentPermissions {

	/** An editor of the site: writes its documents. */
	boolean mayWriteSite(long siteId);

	/** An editor of the document's site. */
	boolean mayEdit(long documentId);

	/** A reviewer of the document's site, site-wide or for a channel of that site it is placed in. */
	boolean mayReview(long documentId);

	/** A reviewer who wrote no version of the document, or a manager of its site: may take it off every page (撤稿). */
	boolean mayWithdraw(long documentId);
}
