package org.govsite.monitor.internal;

import java.nio.file.Path;
import java.util.List;

import org.govsite.identity.StaffRole;
import org.govsite.platform.GovSiteProperties;
import org.govsite.platform.RunAs;
import org.govsite.publish.ManifestEntry;
import org.govsite.publish.PublishJobs;
import org.govsite.site.SiteSummary;

import org.springframework.stereotype.Component;

/** A site's published files: publishing's manifest, and the folder it writes them to. */
@Component
public class PublishedFiles {

	private final PublishJobs publish;

	private final Path root;

	PublishedFiles(PublishJobs publish, GovSiteProperties platform) {
		this.publish = publish;
		this.root = platform.dataPath("publish");
	}

	public List<ManifestEntry> manifest(long siteId) {
		return RunAs.actor(Owners.ACTOR, () -> publish.manifest(siteId), StaffRole.SYSTEM_ADMIN.authority(),
				StaffRole.STAFF_AUTHORITY);
	}

	/** The site's folder, named by its 标识码 (its id before it has one), as publishing names it. */
	public Path folder(SiteSummary site) {
		return root.resolve(site.siteCode() != null ? site.siteCode() : String.valueOf(site.id())).normalize();
	}
}
