package org.govsite.publish.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.govsite.content.ContentCatalog;
import org.govsite.content.PlacementView;
import org.govsite.content.PublishedDocument;
import org.govsite.content.PublishedDocument.RelatedDocument;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;
import org.jspecify.annotations.Nullable;

/**
 * Finds where documents show by asking the catalog; during a full publish, the places collected
 * from the lists answer first, so that 100,000 documents need no query each.
 */
final class CatalogPlaces implements DocumentPlaces {

	private final SiteContext site;

	private final ContentCatalog catalog;

	private final SiteDirectory sites;

	private final String scheme;

	private final Map<Long, Long> known;

	private final Map<Long, Integer> treeOrder = new HashMap<>();

	CatalogPlaces(SiteContext site, ContentCatalog catalog, SiteDirectory sites, String scheme, Map<Long, Long> known) {
		this.site = site;
		this.catalog = catalog;
		this.sites = sites;
		this.scheme = scheme;
		this.known = known;
		for (Long channelId : site.channels().keySet()) {
			treeOrder.put(channelId, treeOrder.size());
		}
	}

	CatalogPlaces(SiteContext site, ContentCatalog catalog, SiteDirectory sites, String scheme) {
		this(site, catalog, sites, scheme, new ConcurrentHashMap<>());
	}

	@Override
	public @Nullable Long primaryChannel(long documentId) {
		Long known = this.known.get(documentId);
		if (known != null) {
			return known;
		}
		return firstHere(catalog.placements(documentId));
	}

	private @Nullable Long firstHere(List<PlacementView> placements) {
		Long first = null;
		for (PlacementView placement : placements) {
			Integer order = treeOrder.get(placement.channelId());
			if (placement.siteId() == site.site().id() && order != null
					&& (first == null || order < treeOrder.get(first))) {
				first = placement.channelId();
			}
		}
		return first;
	}

	@Override
	public @Nullable String href(RelatedDocument related) {
		String path = PageAddresses.document(related.id());
		if (known.containsKey(related.id())) {
			return path;
		}
		Optional<PublishedDocument> document = catalog.published(related.id());
		if (document.isEmpty()) {
			return null;
		}
		List<PlacementView> placements = catalog.placements(related.id());
		if (firstHere(placements) != null) {
			return path;
		}
		List<Long> otherSites = new ArrayList<>(placements.stream().map(PlacementView::siteId).distinct().toList());
		otherSites.sort((a, b) -> Boolean.compare(b == document.get().siteId(), a == document.get().siteId()));
		for (Long siteId : otherSites) {
			Optional<String> domain = sites.find(siteId).map(SiteSummary::domain);
			if (domain.isPresent()) {
				return scheme + "://" + domain.get() + "/" + path;
			}
		}
		return null;
	}
}
