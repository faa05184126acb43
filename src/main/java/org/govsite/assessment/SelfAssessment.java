package org.govsite.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.govsite.assessment.internal.AwardStore;
import org.govsite.assessment.internal.ChecklistStore;
import org.govsite.assessment.internal.MonthlyBulletin;
import org.govsite.assessment.internal.NewMediaStaleCheck;
import org.govsite.assessment.internal.NewMediaStore;
import org.govsite.assessment.internal.ScoreStore;
import org.govsite.identity.StaffAccess;
import org.govsite.jobs.RecurringJob;
import org.govsite.monitor.Availability;
import org.govsite.monitor.AvailabilityWatch;
import org.govsite.monitor.Inspection;
import org.govsite.monitor.ProblemKind;
import org.govsite.monitor.Rectification;
import org.govsite.monitor.RectificationTask;
import org.govsite.platform.NotFound;
import org.govsite.platform.RuleViolation;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteKind;
import org.govsite.site.SiteManagement;
import org.govsite.site.SiteSummary;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily self-scoring of every serving site from what the inspection found (its open tasks and
 * the week's probes), stored per day; the group's ranking and each site's deductions and trend.
 */
@Service
public class SelfAssessment {

	/** The measure of a site's 政务新媒体 accounts whose newest reading was judged 不合格. */
	public static final String NEW_MEDIA_FAILED = "new-media-failed";

	private final SiteDirectory sites;

	private final Rectification rectification;

	private final AvailabilityWatch availability;

	private final ChecklistStore checklist;

	private final ScoreStore scores;

	private final MonthlyBulletin bulletin;

	private final Clock clock;

	private final AwardStore awards;

	private final NewMediaStore newMedia;

	private final List<SiteMeasures> measureSources;

	private final SiteManagement siteManagement;

	private final StaffAccess access;

	private final Inspection inspection;

	SelfAssessment(SiteDirectory sites, Rectification rectification, AvailabilityWatch availability,
			ChecklistStore checklist, ScoreStore scores, MonthlyBulletin bulletin, Clock clock, AwardStore awards,
			NewMediaStore newMedia, List<SiteMeasures> measureSources, SiteManagement siteManagement, StaffAccess access,
			Inspection inspection) {
		this.inspection = inspection;
		this.awards = awards;
		this.newMedia = newMedia;
		this.measureSources = measureSources;
		this.siteManagement = siteManagement;
		this.access = access;
		this.bulletin = bulletin;
		this.sites = sites;
		this.rectification = rectification;
		this.availability = availability;
		this.checklist = checklist;
		this.scores = scores;
		this.clock = clock;
	}

	/** Scores every serving site today. */
	@Transactional
	public void scoreAll() {
		Scorecard card = new Scorecard(checklist.load());
		for (SiteSummary site : sites.all()) {
			if (site.state().isServing()) {
				score(card, site);
			}
		}
	}

	/** Scores one site today, stores and answers its score. */
	@Transactional
	public Score score(long siteId) {
		SiteSummary site = sites.find(siteId).orElseThrow(() -> new NotFound("site", siteId));
		return score(new Scorecard(checklist.load()), site);
	}

	private Score score(Scorecard card, SiteSummary site) {
		SiteFacts facts = factsOf(site);
		Score score = card.score(facts);
		scores.save(site.id(), LocalDate.now(clock), score, facts.hasServices(), clock.instant());
		return score;
	}

	/**
	 * Scores a past day from the facts an earlier system recorded of it (the demo's past week),
	 * and stores it as that day's score.
	 */
	@Transactional
	public Score bringIn(long siteId, LocalDate day, SiteFacts facts) {
		Score score = new Scorecard(checklist.load()).score(facts);
		scores.save(siteId, day, score, facts.hasServices(), clock.instant());
		return score;
	}

	/** Whether any site has been scored yet. */
	@Transactional(readOnly = true)
	public boolean anyScore() {
		return scores.latestDay().isPresent();
	}

	/**
	 * What is known of the site: its open tasks by kind and the week's failed probes (the
	 * inspection), the figures modules supply ({@link SiteMeasures}), the supervising office's awards
	 * and its 政务新媒体 accounts judged 不合格. No module offers services yet, so every site is scored
	 * as a body without them.
	 */
	SiteFacts factsOf(SiteSummary site) {
		Map<String, List<Long>> byKind = new HashMap<>();
		List<RectificationTask> open = rectification.openOf(site.id());
		for (RectificationTask task : open) {
			byKind.computeIfAbsent(task.kind().code(), kind -> new ArrayList<>()).add(task.id());
		}
		Map<String, Measure> measures = new HashMap<>();
		byKind.forEach((kind, ids) -> measures.put(kind, Measure.count(ids)));
		Availability week = availability.week(site.id());
		if (week.probes() > 0) {
			measures.put(SiteFacts.HOME_FAILED_PERCENT, new Measure(week.failedPercent(),
					byKind.getOrDefault(ProblemKind.UNREACHABLE.code(), List.of())));
		}
		measureSources.forEach(source -> source.measuresOf(site.id()).forEach(measures::putIfAbsent));
		awards.measuresOf(site.id()).forEach((name, units) -> measures.put(name, new Measure(units, List.of())));
		// an account judged stale that is already a NEW_MEDIA_STALE task deducts under that task's point, not twice
		Set<String> staleTasks = open.stream()
			.filter(task -> task.kind() == ProblemKind.NEW_MEDIA_STALE)
			.map(RectificationTask::subject)
			.collect(Collectors.toSet());
		List<Long> failingAccounts = newMedia.failingAccounts(site.id()).stream()
			.filter(account -> !staleTasks.contains(NewMediaStaleCheck.subject(account)))
			.toList();
		if (!failingAccounts.isEmpty()) {
			measures.put(NEW_MEDIA_FAILED, new Measure(BigDecimal.valueOf(failingAccounts.size()), List.of()));
		}
		return new SiteFacts(site.kind() == SiteKind.PORTAL, false, measures);
	}

	/**
	 * The supervising office awards a bonus point to a site (units of its measure, replacing an
	 * earlier award of the same point), with the reason; the next score counts it.
	 */
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@Transactional
	public void award(long siteId, String bonusCode, BigDecimal units, String note) {
		sites.find(siteId).orElseThrow(() -> new NotFound("site", siteId));
		if (checklist.load().bonuses().stream().noneMatch(bonus -> bonus.code().equals(bonusCode))) {
			throw new RuleViolation("assessment.award.unknown", bonusCode);
		}
		if (units.signum() < 0 || note.isBlank()) {
			throw new RuleViolation("assessment.award.invalid");
		}
		awards.award(siteId, bonusCode, units, note.strip(), LocalDate.now(clock),
				java.util.Objects.requireNonNull(access.currentUsername()));
	}

	/**
	 * Judges a 政务新媒体 account of the site by what the inspector read on it today (读网): its
	 * newest post's date (null: never posted) and whether it keeps comments or private messages
	 * open. Stored; the site's accounts judged 不合格 deduct from its next score, and one judged stale
	 * (two weeks without an update) becomes a rectification task until a reading finds it updated.
	 */
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@Transactional
	public NewMediaJudgement judgeNewMedia(long siteId, long accountId, @Nullable LocalDate lastUpdateOn,
			boolean interactionOpen) {
		siteManagement.newMediaAccount(siteId, accountId); // the account is the site's, or NotFound
		LocalDate today = LocalDate.now(clock);
		if (lastUpdateOn != null && lastUpdateOn.isAfter(today)) {
			throw new RuleViolation("assessment.newMedia.future");
		}
		NewMediaJudgement judgement = NewMediaJudgement.of(new NewMediaFacts(accountId, today, lastUpdateOn, interactionOpen),
				checklist.newMediaRules());
		newMedia.save(siteId, judgement, java.util.Objects.requireNonNull(access.currentUsername()));
		// the reading is the re-check of the account's task: it opens or closes it now, not at the next inspection
		inspection.inspect(siteId, NewMediaStaleCheck.NAME);
		return judgement;
	}

	/**
	 * Records a reading of a 政务新媒体 account made on a past day, as an earlier system (or the
	 * demo's past week) recorded it, judged by the rules; it opens no task: the next inspection
	 * reads each account's newest reading.
	 */
	@Transactional
	public NewMediaJudgement bringInNewMedia(long siteId, long accountId, LocalDate day, @Nullable LocalDate lastUpdateOn,
			boolean interactionOpen, String by) {
		NewMediaJudgement judgement = NewMediaJudgement.of(new NewMediaFacts(accountId, day, lastUpdateOn, interactionOpen),
				checklist.newMediaRules());
		newMedia.save(siteId, judgement, by);
		return judgement;
	}

	/** The site's standing awards of bonus points. */
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@Transactional(readOnly = true)
	public List<Award> awards(long siteId) {
		return awards.of(siteId);
	}

	/** The readings of the site's 政务新媒体 accounts and their judgements, newest first. */
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@Transactional(readOnly = true)
	public List<NewMediaJudgement> newMediaJudgements(long siteId) {
		return newMedia.judgementsOf(siteId, checklist.newMediaRules());
	}

	/** The newest day's ranking of the group, best first, vetoed sites last. */
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@Transactional(readOnly = true)
	public List<RankedSite> ranking() {
		return scores.latestDay().map(this::rankingOn).orElse(List.of());
	}

	/** The month's inspection bulletin (.docx) from its last day with scores. */
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@Transactional(readOnly = true)
	public byte[] bulletin(YearMonth month) {
		LocalDate day = scores.latestDayUpTo(month.atEndOfMonth())
			.filter(found -> YearMonth.from(found).equals(month))
			.orElseThrow(() -> new RuleViolation("assessment.bulletin.none"));
		return bulletin.write(month, day, rankingOn(day));
	}

	private List<RankedSite> rankingOn(LocalDate day) {
		List<SiteScore> today = ordered(scores.on(day));
		Set<Long> lastThreeBefore = scores.dayBefore(day).map(before -> lastThree(ordered(scores.on(before))))
			.orElse(Set.of());
		Set<Long> lastThreeNow = lastThree(today);
		Map<Long, Integer> open = rectification.openCounts();
		Map<Long, String> names = sites.all().stream().collect(Collectors.toMap(SiteSummary::id, SiteSummary::name, (a, b) -> a));
		List<RankedSite> ranked = new ArrayList<>();
		for (int i = 0; i < today.size(); i++) {
			SiteScore score = today.get(i);
			boolean flagged = score.verdict() == Verdict.FAIL
					|| (lastThreeNow.contains(score.siteId()) && lastThreeBefore.contains(score.siteId()));
			ranked.add(new RankedSite(i + 1, score.siteId(), names.getOrDefault(score.siteId(), String.valueOf(score.siteId())),
					score, open.getOrDefault(score.siteId(), 0), flagged));
		}
		return ranked;
	}

	/** The site's scores of the past days, oldest first, for its managers and the system administrator. */
	@PreAuthorize("@staffAccess.managesSite(#siteId)")
	@Transactional(readOnly = true)
	public List<SiteScore> history(long siteId, int days) {
		return scores.history(siteId, LocalDate.now(clock).minusDays(days - 1L));
	}

	/** The site's deductions of the day, biggest first. */
	@PreAuthorize("@staffAccess.managesSite(#siteId)")
	@Transactional(readOnly = true)
	public List<Deduction> deductions(long siteId, LocalDate day) {
		return scores.deductions(siteId, day);
	}

	/** The checklist as scoring reads it now. */
	@Transactional(readOnly = true)
	public Checklist checklist() {
		return checklist.load();
	}

	private static List<SiteScore> ordered(List<SiteScore> day) {
		return day.stream()
			.sorted(Comparator.comparing((SiteScore s) -> s.score() == null ? BigDecimal.valueOf(-1) : s.score()).reversed()
				.thenComparing(SiteScore::siteId))
			.toList();
	}

	private static Set<Long> lastThree(List<SiteScore> ordered) {
		return ordered.subList(Math.max(0, ordered.size() - 3), ordered.size()).stream()
			.map(SiteScore::siteId)
			.collect(Collectors.toSet());
	}

	/** Daily at {@code govsite.assessment.score-at}, after the inspection. */
	@Bean
	static RecurringJob assessmentDailyScores(SelfAssessment assessment,
			@Value("${govsite.assessment.score-at:05:30}") LocalTime at) {
		return RecurringJob.daily("assessment.daily-scores", "assessment.job.scores", at, assessment::scoreAll);
	}
}
