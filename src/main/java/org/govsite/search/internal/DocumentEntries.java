package org.govsite.search.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govsite.channel.ChannelDirectory;
import org.govsite.channel.ChannelView;
import org.govsite.content.AttachmentRef;
import org.govsite.content.ContentCatalog;
import org.govsite.content.DisclosureMetadata;
import org.govsite.content.DocumentType;
import org.govsite.content.PlacementView;
import org.govsite.content.PublishedDocument;
import org.govsite.content.Validity;
import org.govsite.platform.AttachmentText;
import org.govsite.publish.PageLinks;
import org.govsite.search.SearchEntry;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;
import org.jsoup.Jsoup;

import org.springframework.stereotype.Component;

/**
 * What search holds of a live document: one entry for each site that shows it (its page there has
 * its own address), with the channels it is placed in on that site. An archived document, an
 * external link and a document on a site without an address are not searched.
 */
@Component
class DocumentEntries {

	static final String SOURCE = "document:";

	private final ContentCatalog catalog;

	private final SiteDirectory sites;

	private final ChannelDirectory channels;

	private final PageLinks links;

	private final AttachmentText attachments;

	DocumentEntries(ContentCatalog catalog, SiteDirectory sites, ChannelDirectory channels, PageLinks links,
			SearchProperties properties) {
		this.catalog = catalog;
		this.sites = sites;
		this.channels = channels;
		this.links = links;
		this.attachments = new AttachmentText(properties.attachmentMaxSize().toBytes(),
				properties.attachmentTimeout().toMillis(), properties.attachmentMaxChars());
	}

	static String source(long documentId) {
		return SOURCE + documentId;
	}

	/** The entries of the document as it is live now; none when it is not. */
	List<SearchEntry> of(long documentId) {
		Optional<PublishedDocument> live = catalog.published(documentId);
		return live.map(this::of).orElse(List.of());
	}

	List<SearchEntry> of(PublishedDocument document) {
		if (document.archivedOn() != null || document.type() == DocumentType.LINK) {
			return List.of();
		}
		Map<Long, List<SearchEntry.Channel>> bySite = new LinkedHashMap<>();
		for (PlacementView placement : catalog.placements(document.id())) {
			Optional<ChannelView> channel = channels.find(placement.channelId());
			channel.ifPresent(found -> bySite.computeIfAbsent(placement.siteId(), site -> new ArrayList<>())
				.add(new SearchEntry.Channel(found.id(), found.name())));
		}
		if (bySite.isEmpty()) {
			return List.of();
		}
		String body = Jsoup.parse(document.body()).text();
		String attachmentText = attachmentText(document);
		SearchEntry.Disclosure disclosure = disclosure(document.disclosure());
		List<SearchEntry> entries = new ArrayList<>();
		bySite.forEach((siteId, shownIn) -> {
			Optional<SiteSummary> site = sites.find(siteId);
			String url = site.map(found -> links.document(found, document.id())).orElse(null);
			if (url == null) {
				return;
			}
			entries.add(new SearchEntry(source(document.id()) + "@" + siteId, source(document.id()), document.type().name(),
					siteId, shownIn, document.title(), body, document.summary(), attachmentText, document.publishedAt(),
					disclosure, url, links.traditionalDocument(site.get(), document.id())));
		});
		return entries;
	}

	private String attachmentText(PublishedDocument document) {
		StringBuilder text = new StringBuilder();
		for (AttachmentRef attachment : document.attachments()) {
			if (!attachments.fits(attachment.size()) || !AttachmentText.readable(attachment.fileName())) {
				continue;
			}
			String read = attachments.read(attachment.fileName(), catalog.openAttachment(attachment.id()));
			if (read != null && !read.isBlank()) {
				text.append(attachment.fileName()).append('\n').append(read.strip()).append('\n');
			}
		}
		return text.toString();
	}

	private static SearchEntry.Disclosure disclosure(DisclosureMetadata metadata) {
		if (metadata == null) {
			return null;
		}
		return new SearchEntry.Disclosure(metadata.indexNumber(), metadata.documentNumber(), metadata.issuer(),
				metadata.subjectCategory(), validityName(metadata.validity()),
				metadata.validity() == Validity.VALID || metadata.validity() == Validity.AMENDED);
	}

	static String validityName(Validity validity) {
		return switch (validity) {
			case VALID -> "有效";
			case EXPIRED -> "失效";
			case REPEALED -> "已废止";
			case AMENDED -> "已修改";
		};
	}
}
