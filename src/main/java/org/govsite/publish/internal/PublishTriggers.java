package org.govsite.publish.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.govsite.channel.ChannelChanged;
import org.govsite.channel.ChannelDirectory;
import org.govsite.content.DocumentArchived;
import org.govsite.content.DocumentPublished;
import org.govsite.content.DocumentWithdrawn;
import org.govsite.content.PlacementsChanged;
import org.govsite.platform.BackOffice;
import org.govsite.publish.JobKind;
import org.govsite.site.ChangeSubject;
import org.govsite.site.SiteChanged;
import org.govsite.site.SiteClosed;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteOnline;
import org.govsite.site.SiteSummary;
import org.govsite.site.SiteTakenOffline;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns every change that shows on published pages into publish jobs. The events come through the
 * event publication registry, so a change made just before a crash is still published after it.
 * A document's change queues an incremental job for each site that shows it; a channel's or a
 * site's change queues a full publish of the site (navigation, breadcrumbs and footer are on every
 * page).
 */
@Component
@BackOffice
class PublishTriggers {

	private final JobStore jobs;

	private final ChannelDirectory channels;

	private final SiteDirectory sites;

	private final DependencyStore dependencies;

	private final java.time.Clock clock;

	PublishTriggers(JobStore jobs, ChannelDirectory channels, SiteDirectory sites, DependencyStore dependencies,
			java.time.Clock clock) {
		this.jobs = jobs;
		this.channels = channels;
		this.sites = sites;
		this.dependencies = dependencies;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(DocumentPublished event) {
		Set<Long> all = new LinkedHashSet<>(event.channelIds());
		all.addAll(event.previousChannelIds());
		documentChanged(event.documentId(), all, "page.reason.published");
	}

	@ApplicationModuleListener
	void on(DocumentArchived event) {
		documentChanged(event.documentId(), event.channelIds(), "page.reason.archived");
	}

	@ApplicationModuleListener
	void on(DocumentWithdrawn event) {
		documentChanged(event.documentId(), event.channelIds(), "page.reason.withdrawn");
	}

	@ApplicationModuleListener
	void on(PlacementsChanged event) {
		documentChanged(event.documentId(), event.channelIds(), "page.reason.placements");
	}

	@ApplicationModuleListener
	void on(ChannelChanged event) {
		full(event.siteId(), "page.reason.channel");
	}

	@ApplicationModuleListener
	void on(SiteChanged event) {
		full(event.siteId(), "page.reason.site");
		// a department site shows its portal's name and address in its header; only the portal's
		// departments are read, not the group (2,000 sites at a province, on every such change)
		if (event.changed().contains(ChangeSubject.NAME) || event.changed().contains(ChangeSubject.DOMAIN)) {
			for (SiteSummary department : sites.departmentsOf(event.siteId())) {
				full(department.id(), "page.reason.portal");
			}
		}
	}

	@ApplicationModuleListener
	void on(SiteOnline event) {
		lifecycle(event.siteId());
	}

	@ApplicationModuleListener
	void on(SiteTakenOffline event) {
		lifecycle(event.siteId());
	}

	@ApplicationModuleListener
	void on(SiteClosed event) {
		lifecycle(event.siteId());
	}

	/** A lifecycle step puts a notice on the site and on its portal. */
	private void lifecycle(long siteId) {
		full(siteId, "page.reason.lifecycle");
		sites.find(siteId).map(SiteSummary::parentId).ifPresent(portal -> full(portal, "page.reason.lifecycle"));
	}

	private void documentChanged(long documentId, Set<Long> channelIds, String reason) {
		jobs.commitWithoutWaitingForDisk();
		Map<Long, Set<Long>> bySite = new LinkedHashMap<>();
		for (long channelId : channelIds) {
			channels.siteIdOf(channelId)
				.ifPresent(site -> bySite.computeIfAbsent(site, s -> new LinkedHashSet<>()).add(channelId));
		}
		for (long site : dependencies.sitesShowing(documentId)) {
			bySite.computeIfAbsent(site, s -> new LinkedHashSet<>());
		}
		bySite.forEach((siteId, siteChannels) -> jobs.enqueue(siteId, JobKind.INCREMENTAL, Set.of(documentId),
				siteChannels, PageText.text(reason, documentId), null, clock.instant()));
	}

	private void full(long siteId, String reason) {
		jobs.enqueue(siteId, JobKind.FULL, Set.of(), Set.of(), PageText.text(reason), null, clock.instant());
	}
}
