package org.govsite.secops;

import java.time.LocalDate;

import org.govsite.secops.internal.SecopsStore;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security figures of a year, for the reports: the annual website report's 安全防护 of a site
 * and the supervisor's oversight report of the group. The reports check who may read them.
 */
@Service
@Transactional(readOnly = true)
public class SecurityFigures {

	private final SecopsStore store;

	SecurityFigures(SecopsStore store) {
		this.store = store;
	}

	/** One site's year; the platform's drills count for it too. */
	public SecurityYear ofSite(long siteId, int year) {
		return year(siteId, year);
	}

	/** The whole group's year. */
	public SecurityYear ofGroup(int year) {
		return year(null, year);
	}

	private SecurityYear year(@org.jspecify.annotations.Nullable Long siteId, int year) {
		long[] counted = store.figures(siteId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		return new SecurityYear(counted[0], counted[1], counted[2], counted[3], counted[4], counted[5]);
	}
}
