package org.govsite.monitor.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every published page of a site from its folder and checks each link within the site
 * against the site's published paths (the manifest), falling back to the folder for files the
 * manifest does not list; no request is made. Collects the outbound links on the way, each with
 * the first page that holds it.
 */
public final class InternalLinks {

	private static final Logger log = LoggerFactory.getLogger(InternalLinks.class);

	/** A link within the site that leads to no published file. */
	public record Broken(String page, String written, String target) {
	}

	/** What the pages hold: broken links within the site, and the outbound addresses with a page of each. */
	public record Result(int pages, List<Broken> broken, Map<String, String> outbound) {
	}

	private InternalLinks() {
	}

	/**
	 * @param published the site's published paths, relative to its folder
	 * @param siteCode the 标识码 under which the application serves the site ({@code /sites/<code>/})
	 * @param domain the site's own domain
	 */
	public static Result check(Path folder, Collection<String> published, @Nullable String siteCode, @Nullable String domain) {
		Set<String> paths = published instanceof Set<String> set ? set : new HashSet<>(published);
		Set<String> topFolders = new HashSet<>();
		for (String path : paths) {
			int slash = path.indexOf('/');
			topFolders.add(slash < 0 ? path : path.substring(0, slash));
		}
		List<Broken> broken = new ArrayList<>();
		Map<String, String> outbound = new LinkedHashMap<>();
		int pages = 0;
		for (String path : paths.stream().sorted().toList()) {
			if (!path.endsWith(".html")) {
				continue;
			}
			Path file = folder.resolve(path).normalize();
			if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
				continue;
			}
			PageLinkReader links;
			try {
				links = PageLinkReader.read(file, path, siteCode, domain, topFolders);
			}
			catch (IOException e) {
				log.warn("Could not read the published page {}", file, e);
				continue;
			}
			pages++;
			for (PageLinkReader.Link link : links.internal()) {
				if (!paths.contains(link.target()) && !exists(folder, link.target())) {
					broken.add(new Broken(path, link.written(), link.target()));
				}
			}
			links.outbound().forEach(address -> outbound.putIfAbsent(address, path));
		}
		return new Result(pages, broken, outbound);
	}

	private static boolean exists(Path folder, String target) {
		Path file = folder.resolve(target).normalize();
		return file.startsWith(folder) && Files.isRegularFile(file);
	}
}
