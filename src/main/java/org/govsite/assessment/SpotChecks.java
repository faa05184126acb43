package org.govsite.assessment;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.govsite.assessment.internal.ScoreStore;
import org.govsite.assessment.internal.SpotCheckResultStore;
import org.govsite.assessment.internal.SpotCheckStore;
import org.govsite.identity.StaffAccess;
import org.govsite.platform.NotFound;
import org.govsite.platform.RuleViolation;
import org.govsite.publish.PublishJobs;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteKind;
import org.govsite.site.SiteSummary;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 季度抽查: once a quarter the supervising office draws at least half of the serving sites at
 * random; the seed is recorded with the draw, so that anyone can draw the same sites again. Its
 * results are then published on the group's portal.
 */
@Service
public class SpotChecks {

	private final SpotCheckStore store;

	private final SiteDirectory sites;

	private final StaffAccess access;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private final SpotCheckResultStore results;

	private final ScoreStore scores;

	private final PublishJobs publish;

	private final org.springframework.context.MessageSource messages;

	SpotChecks(SpotCheckStore store, SiteDirectory sites, StaffAccess access, Clock clock, SpotCheckResultStore results,
			ScoreStore scores, PublishJobs publish, org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.results = results;
		this.scores = scores;
		this.publish = publish;
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

	/**
	 * Publishes the quarter's results on the group's portal: each drawn site's newest score up to
	 * today, frozen as it stands (publishing again replaces them), then the group's portal's module
	 * pages published, its site map listing the results.
	 */
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@Transactional
	public List<SpotCheckResult> publish(String quarter) {
		SpotCheck check = store.of(quarter).orElseThrow(() -> new NotFound("spotCheck", quarter));
		LocalDate today = LocalDate.now(clock);
		Map<Long, SiteScore> latest = new HashMap<>();
		scores.latestDayUpTo(today).ifPresent(day -> scores.on(day).forEach(score -> latest.put(score.siteId(), score)));
		Map<Long, String> names = new HashMap<>();
		sites.all().forEach(site -> names.put(site.id(), site.name()));
		List<SpotCheckResult> published = check.siteIds().stream().map(id -> {
			SiteScore score = latest.get(id);
			return new SpotCheckResult(id, names.getOrDefault(id, String.valueOf(id)), score == null ? null : score.verdict(),
					score == null ? null : score.score(), score == null ? null : score.day());
		}).toList();
		results.publish(quarter, published, clock.instant(), Objects.requireNonNull(access.currentUsername()));
		String reason = messages.getMessage("assessment.spotCheck.publishReason", new Object[] { quarter },
				java.util.Locale.SIMPLIFIED_CHINESE);
		// the portals of the group the drawn sites belong to (a department's parent, a drawn portal itself)
		Map<Long, SiteSummary> byId = new HashMap<>();
		sites.all().forEach(site -> byId.put(site.id(), site));
		check.siteIds().stream()
			.map(byId::get)
			.filter(Objects::nonNull)
			.map(site -> site.parentId() == null ? site.id() : site.parentId())
			.distinct()
			.map(byId::get)
			.filter(site -> site != null && site.kind() == SiteKind.PORTAL && site.state().isServing())
			.forEach(portal -> publish.publishSitePages(portal.id(), reason));
		return published;
	}

	/** The quarters whose results are on the portal, newest first. */
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@Transactional(readOnly = true)
	public List<String> publishedQuarters() {
		return results.publishedQuarters();
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
