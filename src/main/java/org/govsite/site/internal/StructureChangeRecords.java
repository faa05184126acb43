package org.govsite.site.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.govsite.platform.NotFound;
import org.govsite.site.ChangeSubject;
import org.govsite.site.SiteChanged;
import org.govsite.site.SiteStructureChanges;
import org.govsite.site.internal.SiteRecords.Subject;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records main channel structure changes for the channel module (see {@link SiteStructureChanges}). */
@Service
@Transactional
class StructureChangeRecords implements SiteStructureChanges {

	private final SiteRepository sites;

	private final SiteRecords records;

	private final Approvers approvers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StructureChangeRecords(SiteRepository sites, SiteRecords records, Approvers approvers, ApplicationEventPublisher events,
			Clock clock) {
		this.sites = sites;
		this.records = records;
		this.approvers = approvers;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public void recordStructureChange(long siteId, String description) {
		Site site = sites.findById(siteId).orElseThrow(() -> new NotFound("site", siteId));
		records.recordChanges(new Subject(site.id(), null, site.name(), site.englishDomain(), site.portalId(), site.hasBeenOnline()),
				List.of(new SiteChange(ChangeSubject.STRUCTURE, null, description)),
				new Act(approvers.currentUser(), clock.instant(), clock.getZone()));
		events.publishEvent(new SiteChanged(siteId, Set.of(ChangeSubject.STRUCTURE)));
	}
}
