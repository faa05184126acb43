package org.govsite.site.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.govsite.site.SiteSummary;

/**
 * The site group as the list page shows it: portals, each with the sites that belong to it.
 *
 * @param site a site
 * @param children the sites under it
 */
record SiteTree(SiteSummary site, List<SiteTree> children) {

	/** The roots (sites under no other site of the list), each with its branch, in the given order. */
	static List<SiteTree> of(List<SiteSummary> sites) {
		Set<Long> ids = new HashSet<>();
		sites.forEach(site -> ids.add(site.id()));
		List<SiteTree> roots = new ArrayList<>();
		for (SiteSummary site : sites) {
			if (site.parentId() == null || !ids.contains(site.parentId())) {
				roots.add(branch(site, sites, new HashSet<>()));
			}
		}
		return roots;
	}

	private static SiteTree branch(SiteSummary site, List<SiteSummary> sites, Set<Long> seen) {
		seen.add(site.id());
		List<SiteTree> children = new ArrayList<>();
		for (SiteSummary child : sites) {
			if (Long.valueOf(site.id()).equals(child.parentId()) && !seen.contains(child.id())) {
				children.add(branch(child, sites, seen));
			}
		}
		return new SiteTree(site, children);
	}
}
