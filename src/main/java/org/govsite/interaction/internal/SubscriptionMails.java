package org.govsite.interaction.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.govsite.content.PublishedDocument;
import org.govsite.interaction.SubscriptionFrequency;
import org.govsite.notification.PublicEmail;
import org.govsite.platform.GovSiteProperties;
import org.govsite.publish.PageLinks;
import org.govsite.site.SiteSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The emails of a subscription, in Chinese: the confirmation link, and the digest of new documents
 * with their addresses and the one-click unsubscribe link. Links are absolute: at the site's own
 * domain, where nginx passes {@code /subscribe} on to the public nodes, or at this process's address
 * in role {@code all} (which serves the sites under {@code /sites/<标识码>/}).
 */
@Component
public class SubscriptionMails {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private final MessageSource messages;

	private final PageLinks pages;

	private final GovSiteProperties platform;

	SubscriptionMails(MessageSource messages, PageLinks pages, GovSiteProperties platform) {
		this.messages = messages;
		this.pages = pages;
		this.platform = platform;
	}

	/** What a subscription looks at, as its emails say it. */
	public String scope(List<String> channelNames, List<String> keywords, SubscriptionFrequency frequency) {
		return scope(channelNames, keywords) + "，" + text("subscription.frequency." + frequency);
	}

	/** The channels and keywords a subscription looks at. */
	public String scope(List<String> channelNames, List<String> keywords) {
		String scope = channelNames.isEmpty() ? text("subscription.scope.site")
				: text("subscription.scope.channels", String.join("、", channelNames));
		return keywords.isEmpty() ? scope : scope + text("subscription.scope.keywords", String.join("、", keywords));
	}

	public PublicEmail confirmation(String to, SiteSummary site, String scope, String link) {
		return new PublicEmail(to, text("subscription.mail.confirm.subject", site.name()),
				text("subscription.mail.confirm.text", site.name(), scope, link), null);
	}

	public PublicEmail digest(String to, SiteSummary site, List<PublishedDocument> documents, String scope,
			String unsubscribeToken) {
		StringBuilder list = new StringBuilder();
		int n = 1;
		ZoneId zone = platform.zone();
		for (PublishedDocument document : documents) {
			String url = documentUrl(site, document.id());
			list.append(n++).append(". ").append(document.title()).append("（")
				.append(DAY.format(document.publishedAt().atZone(zone))).append("）\n");
			if (url != null) {
				list.append("   ").append(url).append('\n');
			}
		}
		String unsubscribe = base(site) + "/subscribe/unsubscribe?token=" + unsubscribeToken;
		String oneClick = base(site) + "/api/public/subscriptions/unsubscribe?token=" + unsubscribeToken;
		String subject = documents.size() == 1 ? text("subscription.mail.digest.subject", site.name(), documents.get(0).title())
				: text("subscription.mail.digest.subjectMany", site.name(), Integer.toString(documents.size()));
		return new PublicEmail(to, subject, text("subscription.mail.digest.text", site.name(), list, scope, unsubscribe),
				oneClick);
	}

	private @Nullable String documentUrl(SiteSummary site, long documentId) {
		String link = pages.document(site, documentId);
		return link == null ? null : link.startsWith("/") ? console() + link : link;
	}

	/** Where the site's visitors reach the public role's pages. */
	private String base(SiteSummary site) {
		return platform.role().servesPublishedSites() || site.domain() == null ? console() : "https://" + site.domain();
	}

	private String console() {
		return platform.consoleUrl().replaceAll("/+$", "");
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
	}
}
