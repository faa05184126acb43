package org.govsite.monitor.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.govsite.monitor.InspectionCheck;
import org.govsite.monitor.Problem;
import org.govsite.monitor.ProbeRecord;
import org.govsite.monitor.ProblemKind;
import org.govsite.site.SiteSummary;

import org.springframework.stereotype.Component;

/**
 * 页面无法访问: a sampled page whose newest probe of the week failed is requested again now (so a
 * re-check sees a fixed page at once); still failing, it is a problem, with the answer as evidence.
 */
@Component
class PageAvailabilityCheck implements InspectionCheck {

	private final ProbeStore store;

	private final HomeProbe probe;

	private final Texts texts;

	private final Clock clock;

	PageAvailabilityCheck(ProbeStore store, HomeProbe probe, Texts texts, Clock clock) {
		this.store = store;
		this.probe = probe;
		this.texts = texts;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "monitor.pages";
	}

	@Override
	public List<Problem> inspect(SiteSummary site) {
		List<ProbeRecord> failing = store.failingSamples(site.id(), clock.instant().minus(Duration.ofDays(7)));
		List<Problem> problems = new ArrayList<>();
		for (ProbeRecord before : failing) {
			// the address that failed, as it was requested
			ProbeRecord now = probe.request(site.id(), URI.create(before.address()), before.page());
			store.record(now);
			if (!now.ok()) {
				problems.add(Problem.of(ProblemKind.PAGE_UNREACHABLE, String.valueOf(now.page()),
						texts.get("monitor.page.unreachable", now.page(), now.cause()),
						texts.get("monitor.page.evidence", now.address(), before.probedAt(), before.cause(), now.probedAt(),
								now.cause()))
					.withResponse(now.response()));
			}
		}
		return problems;
	}
}
