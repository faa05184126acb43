package org.govsite.monitor.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.govsite.monitor.InspectionCheck;
import org.govsite.monitor.Problem;
import org.govsite.monitor.ProblemKind;
import org.govsite.platform.FetchGuard;
import org.govsite.publish.ManifestEntry;
import org.govsite.site.SiteSummary;

import org.springframework.stereotype.Component;

/**
 * 链接可用性: every link of every published page. A link within the site is looked up in the
 * manifest and the site's folder, without a request ({@link InternalLinks}); a link leaving it is
 * requested (see {@link OutboundLinks}), and only an answer that shows it broken makes a problem.
 */
@Component
class LinkCheck implements InspectionCheck {

	private final PublishedFiles files;

	private final Texts texts;

	private final OutboundLinks outbound;

	private final boolean checkOutbound;

	LinkCheck(PublishedFiles files, Texts texts, FetchGuard fetch, LinkSettings settings, LinkValidatorStore validators) {
		this.files = files;
		this.texts = texts;
		this.checkOutbound = settings.outbound();
		this.outbound = new OutboundLinks(fetch, settings.perHostPause(), settings.concurrency(), settings.dangerousDomains(),
				validators);
	}

	@Override
	public String name() {
		return "monitor.links";
	}

	@Override
	public List<Problem> inspect(SiteSummary site) {
		Path folder = files.folder(site);
		Set<String> published = new HashSet<>();
		for (ManifestEntry entry : files.manifest(site.id())) {
			published.add(entry.path());
		}
		InternalLinks.Result links = InternalLinks.check(folder, published, site.siteCode(), site.domain());
		List<Problem> problems = new ArrayList<>();
		for (InternalLinks.Broken link : links.broken()) {
			problems.add(Problem.of(kind(link.page()), link.page() + " → " + link.written(),
					texts.get("monitor.link.broken", link.page(), link.written()),
					texts.get("monitor.link.brokenEvidence", link.page(), link.written(), link.target())));
		}
		if (!links.outbound().isEmpty()) {
			outbound.check(links.outbound().keySet(), checkOutbound).forEach((address, outcome) -> {
				String page = links.outbound().get(address);
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
}
