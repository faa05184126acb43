package org.govsite.publish.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govsite.channel.ChannelView;

/** A page of a site to render, named by what it shows rather than by its path. */
public sealed interface Target {

	Pattern DOCUMENT = Pattern.compile("art/\\d+/t(\\d+)\\.html");

	Pattern LIST = Pattern.compile("(.+)/index(?:_(\\d+))?\\.html");

	Pattern SITEMAP_CHUNK = Pattern.compile("sitemap-(\\d+)\\.xml");

	record Home() implements Target {
	}

	/** Page {@code number} of a channel's list: 0 is {@code index.html}. */
	record ChannelPage(long channelId, int number) implements Target {
	}

	record DocumentPage(long documentId) implements Target {
	}

	record SiteMap() implements Target {
	}

	record NotFound() implements Target {
	}

	record Rss() implements Target {
	}

	record SitemapIndex() implements Target {
	}

	record SitemapChannels() implements Target {
	}

	/** {@code sitemap-<n>.xml}: the documents whose id divided by the chunk size is {@code n}. */
	record SitemapChunk(long number) implements Target {
	}

	/** The page a published path holds, if the site still has what it showed. */
	static Optional<Target> of(String path, SiteContext site) {
		switch (path) {
			case PageAddresses.HOME: return Optional.of(new Home());
			case PageAddresses.SITE_MAP: return Optional.of(new SiteMap());
			case PageAddresses.NOT_FOUND: return Optional.of(new NotFound());
			case PageAddresses.RSS: return Optional.of(new Rss());
			case PageAddresses.SITEMAP_XML: return Optional.of(new SitemapIndex());
			case PageAddresses.SITEMAP_CHANNELS: return Optional.of(new SitemapChannels());
			default: break;
		}
		Matcher document = DOCUMENT.matcher(path);
		if (document.matches()) {
			return Optional.of(new DocumentPage(Long.parseLong(document.group(1))));
		}
		Matcher chunk = SITEMAP_CHUNK.matcher(path);
		if (chunk.matches()) {
			return Optional.of(new SitemapChunk(Long.parseLong(chunk.group(1))));
		}
		Matcher list = LIST.matcher(path);
		if (list.matches()) {
			String folder = list.group(1) + "/";
			for (ChannelView channel : site.channels().values()) {
				if (PageAddresses.channelFolder(channel.path()).equals(folder)) {
					int number = list.group(2) == null ? 0 : Integer.parseInt(list.group(2));
					return Optional.of(new ChannelPage(channel.id(), number));
				}
			}
		}
		return Optional.empty();
	}
}
