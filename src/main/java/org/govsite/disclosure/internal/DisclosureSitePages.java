package org.govsite.disclosure.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.govsite.channel.ChannelDirectory;
import org.govsite.channel.ChannelKind;
import org.govsite.channel.ChannelNode;
import org.govsite.content.ChannelEntry;
import org.govsite.content.ContentCatalog;
import org.govsite.disclosure.internal.CataloguePages.AreaChannel;
import org.govsite.publish.SitePage;
import org.govsite.publish.SitePage.Href;
import org.govsite.publish.SitePageSource;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The disclosure catalogue and annual reports of each site, handed to publishing as pages of the
 * site ({@link CataloguePages}): read from the site's channel tree (its first-level 政府信息公开
 * channels and what is below them), the live documents with disclosure metadata, and the reports
 * published.
 */
@Component
class DisclosureSitePages implements SitePageSource {

	private final SiteDirectory sites;

	private final ChannelDirectory channels;

	private final ContentCatalog catalogue;

	private final ReportStore reports;

	private final CataloguePages pages;

	private final Clock clock;

	DisclosureSitePages(SiteDirectory sites, ChannelDirectory channels, ContentCatalog catalogue, ReportStore reports,
			MessageSource messages, Clock clock) {
		this.sites = sites;
		this.channels = channels;
		this.catalogue = catalogue;
		this.reports = reports;
		this.pages = new CataloguePages(Texts.of(messages), clock.getZone());
		this.clock = clock;
	}

	@Override
	public String folder() {
		return CataloguePages.FOLDER;
	}

	@Override
	public List<SitePage> pages(long siteId) {
		SiteSummary site = sites.find(siteId).orElse(null);
		if (site == null || site.siteCode() == null) {
			return List.of();
		}
		Instant now = clock.instant();
		List<AreaChannel> area = new ArrayList<>();
		for (ChannelNode first : channels.tree(siteId)) {
			if (first.channel().kind() == ChannelKind.DISCLOSURE) {
				first.children().forEach(child -> area.add(areaChannel(child, now)));
			}
		}
		// the metadata alone, not the documents' bodies: a full publish has read those already
		List<CatalogueEntry> entries = catalogue.catalogued(siteId).stream().map(CatalogueEntry::of).toList();
		return pages.pages(new CataloguePages.Site(site.siteCode(), area, entries, reports.allPublished(siteId),
				LocalDate.now(clock)));
	}

	private AreaChannel areaChannel(ChannelNode node, Instant now) {
		List<AreaChannel> children = node.children().stream()
			.filter(child -> child.channel().shownInNavigation())
			.map(child -> areaChannel(child, now))
			.toList();
		int own = catalogue.countEntries(node.channel().id(), now);
		int all = own + children.stream().mapToInt(AreaChannel::entries).sum();
		List<Href> newest = catalogue.entries(node.channel().id(), now, 0, CataloguePages.NEWEST)
			.stream()
			.map(entry -> Href.document(entry.title(), entry.documentId(), day(entry)))
			.toList();
		return new AreaChannel(node.channel().id(), node.channel().name(), node.channel().description(), all, newest, children);
	}

	private String day(ChannelEntry entry) {
		return entry.publishedAt().atZone(clock.getZone()).toLocalDate().toString();
	}
}
