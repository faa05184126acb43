package org.govsite.content;

/** How a document takes a file from the media library. */
public enum MediaUse {

	/** Listed among its 附件. */
	ATTACHMENT,

	/** Its 题图 (a picture only). */
	COVER,

	/**
	 * Offered in the editor's picture list, to be placed in the 正文 (a picture only); like a picture
	 * uploaded from the editor, it is kept once a version shows it.
	 */
	BODY
}
