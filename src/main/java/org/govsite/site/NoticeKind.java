package org.govsite.site;

/** Why a notice (公告) stands on a site. */
public enum NoticeKind {
	OPENING, OFFLINE, EMERGENCY, MIGRATION, CLOSED, DOMAIN_CHANGE
}
