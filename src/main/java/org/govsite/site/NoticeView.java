package org.govsite.site;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A notice shown on a site's home page.
 *
 * @param id the notice's id
 * @param siteId the site it stands on
 * @param aboutSiteId the site it speaks of (a department's opening shows on its portal)
 * @param accountId the 政务新媒体 account it speaks of, if any
 * @param kind why it stands
 * @param text what it says
 * @param shownFrom from when
 * @param shownUntil until when (the earliest day it may come down), or open-ended
 */
public record NoticeView(long id, long siteId, long aboutSiteId, @Nullable Long accountId, NoticeKind kind,
		String text, LocalDate shownFrom, @Nullable LocalDate shownUntil) {

	public boolean shownOn(LocalDate day) {
		return !day.isBefore(shownFrom) && (shownUntil == null || !day.isAfter(shownUntil));
	}
}
