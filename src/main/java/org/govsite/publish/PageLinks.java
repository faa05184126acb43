package org.govsite.publish;

import org.govsite.content.AttachmentRef;
import org.govsite.platform.GovSiteProperties;
import org.govsite.publish.internal.PageAddresses;
import org.govsite.site.SiteSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The public address of a document's page on a site, for the modules that link to published pages
 * (search, redirects of migrated sites): under this process's {@code /sites/<标识码>/} in role {@code all}, else at the site's
 * domain.
 */
@Component
public class PageLinks {

	private final GovSiteProperties properties;

	PageLinks(GovSiteProperties properties) {
		this.properties = properties;
	}

	/** The simplified page, or null while the site has no address. */
	public @Nullable String document(SiteSummary site, long documentId) {
		String base = base(site);
		return base == null ? null : base + PageAddresses.document(documentId);
	}

	/** The traditional-Chinese copy of the page. */
	public @Nullable String traditionalDocument(SiteSummary site, long documentId) {
		String base = base(site);
		return base == null ? null : base + PageAddresses.TRADITIONAL + PageAddresses.document(documentId);
	}

	/** A file of the site's documents as published (named by its hash), or null while the site has no address. */
	public @Nullable String file(SiteSummary site, AttachmentRef attachment) {
		String base = base(site);
		return base == null ? null : base + PageAddresses.file(attachment);
	}

	/** A channel's first index page ({@code path} as in {@code ChannelView.path()}), or null while the site has no address. */
	public @Nullable String channel(SiteSummary site, String channelPath) {
		String base = base(site);
		return base == null ? null : base + PageAddresses.channelPage(channelPath, 0);
	}

	/** The site's home page. */
	public @Nullable String home(SiteSummary site) {
		return base(site);
	}

	private @Nullable String base(SiteSummary site) {
		if (properties.role().servesPublishedSites() && site.siteCode() != null) {
			return "/sites/" + site.siteCode() + "/";
		}
		return site.domain() == null ? null : "https://" + site.domain() + "/";
	}
}
