package org.govsite.migration.internal;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import org.govsite.platform.FetchGuard;
import org.govsite.platform.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pages an old site lists in its sitemaps (sitemap.xml, sitemap indexes, gzipped or text ones),
 * read by crawler-commons through the fetch guard: only the old site's own pages, at most as many
 * as the crawl fetches, and at most {@link #MAX_SITEMAPS} sitemaps. A sitemap that cannot be read
 * is passed over: the crawl still follows the links from the start address.
 */
final class Sitemaps {

	static final int MAX_SITEMAPS = 200;

	private static final Logger log = LoggerFactory.getLogger(Sitemaps.class);

	private Sitemaps() {
	}

	static List<String> pages(FetchGuard allowing, String host, List<String> sitemaps, int limit) {
		// not strict: government sites often keep their sitemap under a folder and list pages beside it
		SiteMapParser parser = new SiteMapParser(false);
		Deque<String> waiting = new ArrayDeque<>(sitemaps);
		Set<String> read = new LinkedHashSet<>();
		Set<String> pages = new LinkedHashSet<>();
		while (!waiting.isEmpty() && read.size() < MAX_SITEMAPS && pages.size() < limit) {
			String address = PageReader.normalized(waiting.removeFirst(), host);
			if (address == null || !read.add(address)) {
				continue;
			}
			AbstractSiteMap sitemap = read(allowing, parser, address);
			if (sitemap instanceof SiteMapIndex index) {
				index.getSitemaps().forEach(child -> waiting.add(child.getUrl().toString()));
			}
			else if (sitemap instanceof SiteMap map) {
				for (SiteMapURL url : map.getSiteMapUrls()) {
					String page = PageReader.normalized(url.getUrl().toString(), host);
					if (page != null && pages.size() < limit) {
						pages.add(page);
					}
				}
			}
		}
		return new ArrayList<>(pages);
	}

	private static @Nullable AbstractSiteMap read(FetchGuard allowing, SiteMapParser parser, String address) {
		try {
			FetchGuard.Fetched fetched = allowing.get(address);
			if (fetched.status() >= 400) {
				log.info("Sitemap {} answered HTTP {}", address, fetched.status());
				return null;
			}
			java.net.URL url = URI.create(address).toURL();
			// an old server often gives no type or a wrong one: then the parser goes by the content
			return fetched.contentType().isBlank() ? parser.parseSiteMap(fetched.body(), url)
					: parser.parseSiteMap(fetched.contentType(), fetched.body(), url);
		}
		catch (IOException | UnknownFormatException | RuleViolation | IllegalArgumentException e) {
			log.info("Sitemap {} could not be read: {}", address, e.toString());
			return null;
		}
	}
}
