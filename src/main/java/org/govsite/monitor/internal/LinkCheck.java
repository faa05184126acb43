package org.govsite.monitor.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govsite.monitor.InspectionCheck;
import org.govsite.monitor.Problem;
import org.govsite.monitor.ProblemKind;
import org.govsite.platform.FetchGuard;
import org.govsite.publish.ManifestEntry;
import org.govsite.site.SiteSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * 链接可用性: every link of every published page. A link within the site is looked up in the
 * manifest and the site's folder, without a request; a link leaving it is requested (see
 * {@link OutboundLinks}), and only an answer that shows it broken makes a problem.
 */
@Component
class LinkCheck implements InspectionCheck {

	private static final Logger log = LoggerFactory.getLogger(LinkCheck.class);

	private final PublishedFiles files;

	private final Texts texts;

	private final OutboundLinks outbound;

	private final boolean checkOutbound;

	LinkCheck(PublishedFiles files, Texts texts, FetchGuard fetch, LinkSettings settings) {
		this.files = files;
		this.texts = texts;
		this.checkOutbound = settings.outbound();
		this.outbound = new OutboundLinks(fetch, settings.perHostPause(), settings.concurrency(), settings.dangerousDomains());
	}

	@Override
	public String name() {
		return "monitor.links";
	}

	@Override
	public List<Problem> inspect(SiteSummary site) {
		Path folder = files.folder(site);
		List<ManifestEntry> manifest = files.manifest(site.id());
		Set<String> published = new HashSet<>();
		Set<String> topFolders = new HashSet<>();
		for (ManifestEntry entry : manifest) {
			published.add(entry.path());
			int slash = entry.path().indexOf('/');
			topFolders.add(slash < 0 ? entry.path() : entry.path().substring(0, slash));
		}
		List<Problem> problems = new ArrayList<>();
		Map<String, String> outboundFrom = new LinkedHashMap<>();
		for (ManifestEntry entry : manifest) {
			if (!entry.path().endsWith(".html")) {
				continue;
			}
			Path file = folder.resolve(entry.path()).normalize();
			if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
				continue;
			}
			PageLinkReader links;
			try {
				links = PageLinkReader.read(file, entry.path(), site.siteCode(), site.domain(), topFolders);
			}
			catch (IOException e) {
				log.warn("Could not read the published page {} of site {}", entry.path(), site.id(), e);
				continue;
			}
			for (PageLinkReader.Link link : links.internal()) {
				if (!published.contains(link.target()) && !exists(folder, link.target())) {
					problems.add(Problem.of(kind(entry.path()), entry.path() + " → " + link.written(),
							texts.get("monitor.link.broken", entry.path(), link.written()),
							texts.get("monitor.link.brokenEvidence", entry.path(), link.written(), link.target())));
				}
			}
			links.outbound().forEach(address -> outboundFrom.putIfAbsent(address, entry.path()));
		}
		if (!outboundFrom.isEmpty()) {
			outbound.check(outboundFrom.keySet(), checkOutbound).forEach((address, outcome) -> {
				String page = outboundFrom.get(address);
				if (outcome.dangerous()) {
					problems.add(Problem.of(ProblemKind.DANGEROUS_LINK, page + " → " + address,
							texts.get("monitor.link.dangerous", page, address),
							texts.get("monitor.link.dangerousEvidence", page, address, outcome.cause())));
				}
				else if (outcome.verdict() == LinkVerdict.BROKEN) {
					problems.add(Problem.of(kind(page), page + " → " + address, texts.get("monitor.link.broken", page, address),
							texts.get("monitor.link.outboundEvidence", page, address, outcome.cause())));
				}
			});
		}
		return problems;
	}

	private static ProblemKind kind(String page) {
		return page.equals(HomeFreshnessCheck.HOME) ? ProblemKind.BROKEN_LINK_HOME : ProblemKind.BROKEN_LINK;
	}

	private static boolean exists(Path folder, String target) {
		Path file = folder.resolve(target).normalize();
		return file.startsWith(folder) && Files.isRegularFile(file);
	}
}
