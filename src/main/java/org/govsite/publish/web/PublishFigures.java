package org.govsite.publish.web;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govsite.identity.StaffAccess;
import org.govsite.identity.StaffRole;
import org.govsite.platform.BackOffice;
import org.govsite.platform.WorkbenchFigure;
import org.govsite.platform.WorkbenchFigureSource;
import org.govsite.publish.FailedPublishJobs;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** On the 工作台 of the system administrator and the site managers: publish jobs failed this past week. */
@Component
@BackOffice
class PublishFigures implements WorkbenchFigureSource {

	private final FailedPublishJobs failed;

	private final SiteDirectory sites;

	private final StaffAccess access;

	private final Clock clock;

	PublishFigures(FailedPublishJobs failed, SiteDirectory sites, StaffAccess access, Clock clock) {
		this.failed = failed;
		this.sites = sites;
		this.access = access;
		this.clock = clock;
	}

	@Override
	public List<WorkbenchFigure> figuresFor(Authentication user) {
		Set<Long> managed = access.isSystemAdmin() ? null : access.sitesWith(StaffRole.SITE_MANAGER);
		if (managed != null && managed.isEmpty()) {
			return List.of();
		}
		Map<Long, Integer> perSite = failed.perSite(managed, clock.instant().minus(Duration.ofDays(7)));
		List<WorkbenchFigure.Part> parts = new ArrayList<>();
		perSite.forEach((siteId, count) -> parts.add(
				new WorkbenchFigure.Part(sites.find(siteId).map(SiteSummary::name).orElse("#" + siteId), count)));
		return List.of(new WorkbenchFigure("publish.figure.failedJobs", "/admin/publish",
				perSite.values().stream().mapToInt(Integer::intValue).sum(), parts));
	}
}
