package org.govsite.monitor.internal;

import java.util.List;

import org.govsite.guard.FindingLevel;
import org.govsite.guard.GuardManagement;
import org.govsite.guard.SiteFinding;
import org.govsite.identity.StaffRole;
import org.govsite.monitor.InspectionCheck;
import org.govsite.monitor.Problem;
import org.govsite.monitor.ProblemKind;
import org.govsite.platform.RunAs;
import org.govsite.site.SiteSummary;

import org.springframework.stereotype.Component;

/**
 * 内容安全: the open findings of guard's daily scan of published pages, fed through guard's API,
 * so that they are rectified and scored like every other problem. Guard keeps scanning and
 * closing its own items; a task here closes when guard's item has.
 */
@Component
class ContentSecurityCheck implements InspectionCheck {

	private final GuardManagement guard;

	private final Texts texts;

	ContentSecurityCheck(GuardManagement guard, Texts texts) {
		this.guard = guard;
		this.texts = texts;
	}

	@Override
	public String name() {
		return "monitor.content-security";
	}

	@Override
	public List<Problem> inspect(SiteSummary site) {
		List<SiteFinding> findings = RunAs.actor(Owners.ACTOR, guard::openFindings, StaffRole.SYSTEM_ADMIN.authority(),
				StaffRole.STAFF_AUTHORITY);
		return findings.stream()
			.filter(finding -> finding.siteId() == site.id())
			.map(finding -> Problem.of(finding.level() == FindingLevel.BLOCK ? ProblemKind.CONTENT_SERIOUS : ProblemKind.CONTENT_WARNING,
					finding.path() + " · " + finding.category().code() + " · " + finding.matched(),
					texts.get("monitor.content.found", finding.path(), finding.matched()),
					texts.get("monitor.content.evidence", finding.path(), finding.excerpt(),
							finding.suggestion() == null ? "" : finding.suggestion())))
			.toList();
	}
}
