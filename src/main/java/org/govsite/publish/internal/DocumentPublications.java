package org.govsite.publish.internal;

import java.util.List;
import java.util.Optional;

import org.govsite.content.ContentCatalog;
import org.govsite.content.PlacementView;
import org.govsite.content.Publication;
import org.govsite.content.PublicationTracker;
import org.govsite.platform.GovSiteProperties;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answers content's {@link PublicationTracker} from the job queue and the manifest: a document's
 * page is being written while a job for its site names it (or re-renders the whole site), and is
 * on line once the manifest holds it.
 */
@Component
class DocumentPublications implements PublicationTracker {

	private final ContentCatalog catalog;

	private final SiteDirectory sites;

	private final JdbcClient jdbc;

	private final GovSiteProperties properties;

	DocumentPublications(ContentCatalog catalog, SiteDirectory sites, JdbcClient jdbc, GovSiteProperties properties) {
		this.catalog = catalog;
		this.sites = sites;
		this.jdbc = jdbc;
		this.properties = properties;
	}

	@Override
	public List<Publication> publicationsOf(long documentId) {
		return catalog.placements(documentId)
			.stream()
			.map(PlacementView::siteId)
			.distinct()
			.map(sites::find)
			.flatMap(Optional::stream)
			.map(site -> publication(site, documentId))
			.toList();
	}

	private Publication publication(SiteSummary site, long documentId) {
		String path = PageAddresses.document(documentId);
		String job = jdbc.sql("""
				select state from publish_job
				where site_id = :site and state in ('QUEUED', 'RUNNING', 'FAILED')
				  and (kind = 'FULL' or :document = any(document_ids))
				order by case state when 'RUNNING' then 0 when 'QUEUED' then 1 else 2 end limit 1""")
			.param("site", site.id())
			.param("document", documentId)
			.query(String.class)
			.optional()
			.orElse(null);
		boolean written = jdbc.sql("select exists (select 1 from publish_manifest where site_id = :site and path = :path)")
			.param("site", site.id())
			.param("path", path)
			.query(Boolean.class)
			.single();
		Publication.State state = "RUNNING".equals(job) ? Publication.State.PUBLISHING
				: "QUEUED".equals(job) ? Publication.State.QUEUED
				: written ? Publication.State.LIVE
				: "FAILED".equals(job) ? Publication.State.FAILED : Publication.State.QUEUED;
		String base = written ? base(site) : null;
		return new Publication(site.id(), site.name(), state, base == null ? null : base + path,
				base == null ? null : base + PageAddresses.TRADITIONAL + path);
	}

	/**
	 * Where the site is read: in role all, under this same process's own address (so a link from
	 * the console works whatever host name it was reached by); else at the site's domain.
	 */
	private @Nullable String base(SiteSummary site) {
		if (properties.role().servesPublishedSites() && site.siteCode() != null) {
			return "/sites/" + site.siteCode() + "/";
		}
		return site.domain() == null ? null : "https://" + site.domain() + "/";
	}
}
