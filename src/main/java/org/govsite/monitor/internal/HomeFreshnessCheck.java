package org.govsite.monitor.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.govsite.monitor.InspectionCheck;
import org.govsite.monitor.Problem;
import org.govsite.monitor.ProblemKind;
import org.govsite.site.SiteSummary;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 首页更新: the home page must change within 2 weeks (SPEC.md §9.4 veto 3). Publishing writes a
 * page only when it changed, so the manifest's time of {@code index.html} is when it last changed.
 */
@Component
class HomeFreshnessCheck implements InspectionCheck {

	static final String HOME = "index.html";

	private final PublishedFiles files;

	private final Texts texts;

	private final Clock clock;

	private final Period limit;

	HomeFreshnessCheck(PublishedFiles files, Texts texts, Clock clock,
			@Value("${govsite.monitor.home-update-within:P14D}") Period limit) {
		this.files = files;
		this.texts = texts;
		this.clock = clock;
		this.limit = limit;
	}

	@Override
	public String name() {
		return "monitor.home-freshness";
	}

	@Override
	public List<Problem> inspect(SiteSummary site) {
		LocalDate today = LocalDate.now(clock);
		return files.manifest(site.id()).stream()
			.filter(entry -> entry.path().equals(HOME))
			.filter(entry -> LocalDate.ofInstant(entry.writtenAt(), clock.getZone()).plus(limit).isBefore(today))
			.map(entry -> Problem.of(ProblemKind.HOME_STALE, HOME,
					texts.get("monitor.home.stale", LocalDate.ofInstant(entry.writtenAt(), clock.getZone()).toString()),
					texts.get("monitor.home.staleEvidence", HOME, entry.writtenAt().toString(), entry.sha256())))
			.toList();
	}
}
