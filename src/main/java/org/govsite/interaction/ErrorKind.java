package org.govsite.interaction;

/** What kind of error a reader reports on a page (我为政府网站找错); in Chinese in messages/interaction. */
public enum ErrorKind {
	BROKEN_LINK, WRONG_CONTENT, OUTDATED, TYPO, SERVICE, OTHER
}
