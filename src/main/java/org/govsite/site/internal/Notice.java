package org.govsite.site.internal;

import java.time.LocalDate;
import java.util.Objects;

import org.govsite.site.NoticeKind;
import org.govsite.site.NoticeView;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/** A notice (公告) on a site's home page: an opening, an offline period, a migration ... */
@Table("site_notice")
public class Notice {

	@Id
	@Nullable Long id;

	long siteId;

	long aboutSiteId;

	@Nullable Long accountId;

	NoticeKind kind;

	String text;

	LocalDate shownFrom;

	@Nullable LocalDate shownUntil;

	@PersistenceCreator
	Notice(long siteId, long aboutSiteId, @Nullable Long accountId, NoticeKind kind, String text, LocalDate shownFrom,
			@Nullable LocalDate shownUntil) {
		this.siteId = siteId;
		this.aboutSiteId = aboutSiteId;
		this.accountId = accountId;
		this.kind = kind;
		this.text = text;
		this.shownFrom = shownFrom;
		this.shownUntil = shownUntil;
	}

	/**
	 * A notice on one site about a site or an account.
	 *
	 * @param until the last day it stands, or {@code null} until taken down by a later step
	 */
	public static Notice of(long siteId, long aboutSiteId, @Nullable Long accountId, NoticeKind kind, String text,
			LocalDate from, @Nullable LocalDate until) {
		return new Notice(siteId, aboutSiteId, accountId, kind, text, from, until);
	}

	/** Takes an open-ended notice down after the given day, when what it announces is over. */
	public void endOn(LocalDate day) {
		if (shownUntil == null || shownUntil.isAfter(day)) {
			shownUntil = day;
		}
	}

	public NoticeView view() {
		return new NoticeView(Objects.requireNonNull(id), siteId, aboutSiteId, accountId, kind, text, shownFrom, shownUntil);
	}
}
