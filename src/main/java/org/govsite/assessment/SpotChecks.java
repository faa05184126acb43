package org.govsite.assessment;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.govsite.assessment.internal.SpotCheckStore;
import org.govsite.identity.StaffAccess;
import org.govsite.platform.RuleViolation;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 季度抽查: once a quarter the supervising office draws at least half of the serving sites at
 * random; the seed is recorded with the draw, so that anyone can draw the same sites again.
 */
@Service
public class SpotChecks {

	private final SpotCheckStore store;

	private final SiteDirectory sites;

	private final StaffAccess access;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	SpotChecks(SpotCheckStore store, SiteDirectory sites, StaffAccess access, Clock clock) {
		this.store = store;
		this.sites = sites;
		this.access = access;
		this.clock = clock;
	}

	/** Draws this quarter's sites; a quarter is drawn once. */
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@Transactional
	public SpotCheck draw(int share) {
		if (share < SpotCheckDraw.LEAST_SHARE || share > 100) {
			throw new RuleViolation("assessment.spotCheck.share", SpotCheckDraw.LEAST_SHARE);
		}
		String quarter = quarterOf(LocalDate.now(clock));
		if (store.of(quarter).isPresent()) {
			throw new RuleViolation("assessment.spotCheck.drawn", quarter);
		}
		List<Long> serving = sites.all().stream().filter(site -> site.state().isServing()).map(SiteSummary::id).toList();
		long seed = random.nextLong();
		SpotCheck check = new SpotCheck(quarter, seed, share, SpotCheckDraw.draw(serving, seed, share), clock.instant(),
				Objects.requireNonNull(access.currentUsername()));
		store.save(check);
		return check;
	}

	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@Transactional(readOnly = true)
	public List<SpotCheck> all() {
		return store.all();
	}

	static String quarterOf(LocalDate day) {
		return day.getYear() + "Q" + ((day.getMonthValue() - 1) / 3 + 1);
	}
}
