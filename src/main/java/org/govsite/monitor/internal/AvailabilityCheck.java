package org.govsite.monitor.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.govsite.monitor.Availability;
import org.govsite.monitor.AvailabilityWatch;
import org.govsite.monitor.InspectionCheck;
import org.govsite.monitor.Problem;
import org.govsite.monitor.ProbeRecord;
import org.govsite.monitor.ProblemKind;
import org.govsite.monitor.ResponseEvidence;
import org.govsite.site.SiteSummary;

import org.springframework.stereotype.Component;

/** 站点无法访问: the week's probes of the home page failed 5 % or more (SPEC.md §9.4 veto 2). */
@Component
class AvailabilityCheck implements InspectionCheck {

	private final AvailabilityWatch watch;

	private final Texts texts;

	AvailabilityCheck(AvailabilityWatch watch, Texts texts) {
		this.watch = watch;
		this.texts = texts;
	}

	@Override
	public String name() {
		return "monitor.availability";
	}

	@Override
	public List<Problem> inspect(SiteSummary site) {
		Availability week = watch.week(site.id());
		if (!week.vetoed()) {
			return List.of();
		}
		List<ProbeRecord> failed = watch.recent(site.id(), 50).stream().filter(probe -> !probe.ok()).limit(5).toList();
		String causes = failed.stream()
			.map(probe -> probe.probedAt() + " " + probe.address() + " " + probe.cause())
			.collect(Collectors.joining("\n"));
		// the newest failure that got an answer (an error page says more than a timeout)
		ResponseEvidence answer = failed.stream().map(ProbeRecord::response).filter(java.util.Objects::nonNull).findFirst()
			.orElse(null);
		return List.of(Problem.of(ProblemKind.UNREACHABLE, "home",
				texts.get("monitor.availability.veto", week.failures(), week.probes(), week.failedPercent().toPlainString()),
				texts.get("monitor.availability.evidence", week.failures(), week.probes(), causes)).withResponse(answer));
	}
}
