package org.govsite.monitor.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.govsite.content.ContentChecker;
import org.govsite.content.ContentFinding;
import org.govsite.platform.FetchGuard;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The links of a document before it goes for review, shown in the editor with the other checks:
 * a link to a domain of the dangerous list blocks the submission; an outbound link whose answer
 * shows it broken is a warning. At most {@value #MOST} outbound links are requested, so that
 * submitting stays quick; the daily inspection checks every one once the page is live.
 */
@Component
class DocumentLinkCheck implements ContentChecker {

	static final int MOST = 20;

	private final OutboundLinks outbound;

	private final boolean request;

	private final Texts texts;

	@Autowired
	DocumentLinkCheck(FetchGuard fetch, LinkSettings settings, Texts texts) {
		this(new OutboundLinks(fetch, java.time.Duration.ZERO, settings.concurrency(), settings.dangerousDomains()),
				settings.outbound(), texts);
	}

	DocumentLinkCheck(OutboundLinks outbound, boolean request, Texts texts) {
		this.outbound = outbound;
		this.request = request;
		this.texts = texts;
	}

	@Override
	public List<ContentFinding> check(String title, String bodyHtml) {
		Set<String> addresses = new LinkedHashSet<>();
		for (Element link : Jsoup.parseBodyFragment(bodyHtml).select("a[href], img[src], iframe[src]")) {
			String address = (link.hasAttr("href") ? link.attr("href") : link.attr("src")).strip();
			String lower = address.toLowerCase(Locale.ROOT);
			if ((lower.startsWith("http://") || lower.startsWith("https://")) && addresses.size() < MOST) {
				addresses.add(address);
			}
		}
		if (addresses.isEmpty()) {
			return List.of();
		}
		String checker = texts.get("monitor.editor.checker");
		List<ContentFinding> findings = new ArrayList<>();
		for (Map.Entry<String, OutboundLinks.Outcome> entry : outbound.check(addresses, request).entrySet()) {
			OutboundLinks.Outcome outcome = entry.getValue();
			if (outcome.dangerous()) {
				findings.add(new ContentFinding(checker, texts.get("monitor.editor.dangerous", entry.getKey()), entry.getKey(), true));
			}
			else if (outcome.verdict() == LinkVerdict.BROKEN) {
				findings.add(new ContentFinding(checker, texts.get("monitor.editor.broken", entry.getKey(), outcome.cause()),
						entry.getKey(), false));
			}
		}
		return findings;
	}
}
