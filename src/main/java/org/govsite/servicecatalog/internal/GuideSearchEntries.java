package org.govsite.servicecatalog.internal;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.govsite.publish.PageLinks;
import org.govsite.search.SearchEntry;
import org.govsite.search.SearchIndex;
import org.govsite.servicecatalog.Material;
import org.govsite.servicecatalog.ServiceItemView;
import org.govsite.site.SiteDirectory;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** Puts guides into site search through its port, as results of their own kind (办事指南). */
@Component
public class GuideSearchEntries {

	public static final String KIND = "SERVICE_GUIDE";

	private final SearchIndex index;

	private final PageLinks links;

	private final SiteDirectory sites;

	GuideSearchEntries(SearchIndex index, PageLinks links, SiteDirectory sites) {
		this.index = index;
		this.links = links;
		this.sites = sites;
	}

	public void index(ServiceItemView item) {
		var guide = item.guide();
		String body = Stream.of(guide.conditions(), guide.basis(), guide.process(), guide.place(), guide.agency(),
				guide.notes(), guide.materials().stream().map(Material::name).collect(Collectors.joining("；")))
			.filter(text -> text != null && !text.isBlank())
			.collect(Collectors.joining("\n"));
		index.index(new SearchEntry(id(item.id()), id(item.id()), KIND, item.siteId(), List.of(), guide.name(), body,
				summary(guide.conditions()), null, item.updatedAt(), null, url(item), null));
	}

	/** The guide's published page, or the public role's page while the site has no address. */
	private String url(ServiceItemView item) {
		String home = sites.find(item.siteId()).map(links::home).orElse(null);
		return home == null ? GuidePages.guide(item.id()) : home + GuidePageSource.path(item.id());
	}

	public void remove(long itemId) {
		index.delete(id(itemId));
	}

	private static String id(long itemId) {
		return "service:" + itemId;
	}

	private static @Nullable String summary(@Nullable String text) {
		return text == null ? null : text.length() <= 120 ? text : text.substring(0, 120) + "…";
	}
}
