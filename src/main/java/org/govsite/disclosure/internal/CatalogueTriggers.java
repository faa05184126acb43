package org.govsite.disclosure.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.govsite.channel.ChannelDirectory;
import org.govsite.channel.ChannelKind;
import org.govsite.channel.ChannelView;
import org.govsite.content.ContentCatalog;
import org.govsite.content.DocumentArchived;
import org.govsite.content.DocumentPublished;
import org.govsite.content.DocumentWithdrawn;
import org.govsite.content.PlacementsChanged;
import org.govsite.publish.PublishJobs;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the catalogue's pages in step with the library: a change of a document that the catalogue
 * lists (one with disclosure metadata) or of a channel of a site's 政府信息公开 area asks publishing
 * for the site's catalogue pages again, once the change is committed.
 */
@Component
public class CatalogueTriggers {

	private final ContentCatalog catalogue;

	private final ChannelDirectory channels;

	private final PublishJobs publishing;

	private final MessageSource messages;

	CatalogueTriggers(ContentCatalog catalogue, ChannelDirectory channels, PublishJobs publishing, MessageSource messages) {
		this.catalogue = catalogue;
		this.channels = channels;
		this.publishing = publishing;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(DocumentPublished event) {
		Set<Long> all = new LinkedHashSet<>(event.channelIds());
		all.addAll(event.previousChannelIds());
		changed(event.documentId(), all);
	}

	@ApplicationModuleListener
	void on(DocumentWithdrawn event) {
		changed(event.documentId(), event.channelIds());
	}

	@ApplicationModuleListener
	void on(DocumentArchived event) {
		changed(event.documentId(), event.channelIds());
	}

	@ApplicationModuleListener
	void on(PlacementsChanged event) {
		changed(event.documentId(), event.channelIds());
	}

	/** Publishes the site's catalogue again, e.g. once its annual report is published. */
	public void republish(long siteId) {
		publishing.publishSitePages(siteId, Texts.of(messages).text("disclosure.publishPages"));
	}

	private void changed(long documentId, Set<Long> channelIds) {
		// the newest version, live or withdrawn: whether the catalogue lists (or listed) it
		boolean catalogued = catalogue.draft(documentId).map(document -> document.disclosure() != null).orElse(false);
		Set<Long> sites = new TreeSet<>();
		for (long channelId : channelIds) {
			List<ChannelView> path = channels.path(channelId);
			if (!path.isEmpty() && (catalogued || path.get(0).kind() == ChannelKind.DISCLOSURE)) {
				sites.add(path.get(0).siteId());
			}
		}
		sites.forEach(this::republish);
	}
}
