package org.govsite.platform;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The addresses of the public role's own pages (search, the assistant, letters, applications for
 * disclosure, services, reports, citizen accounts, subscriptions): reached under every site's host name besides its published
 * files, which is why they are one list. The published-site filter passes them on to the application, the link
 * check does not look for them among a site's files, and {@code deploy/nginx/govsite.conf} sends
 * the same addresses to the public nodes (NginxConfigurationTests checks each one). Some share a
 * first segment with a site's folders ({@code disclosure/}, {@code services/}, {@code reports/}):
 * the patterns are exact, so that {@code /services/guides/12.html} stays a file of the site.
 */
public final class PublicPages {

	private static final List<Pattern> PAGES = List.of(Pattern.compile("/search"), Pattern.compile("/assistant"),
			Pattern.compile("/api/public/.*"), Pattern.compile("/letters(/.*)?"), Pattern.compile("/disclosure/(apply|query)(/letter)?"),
			Pattern.compile("/services"), Pattern.compile("/services/(cases|guides/[0-9]+|files/[0-9]+)"),
			Pattern.compile("/reports/annual"),
			Pattern.compile("/citizen/(register|verify|login|logout|oauth2/authorization/[a-z]+|login/oauth2/code/[a-z]+)"),
			Pattern.compile("/my(/claim)?"), Pattern.compile("/subscribe(/(confirm|unsubscribe))?"));

	/** Example addresses, one per pattern, for tests of the web server's configuration. */
	public static final List<String> EXAMPLES = List.of("/search", "/assistant", "/api/public/search", "/letters",
			"/letters/write", "/disclosure/apply", "/disclosure/query/letter", "/services", "/services/cases",
			"/services/guides/1", "/services/files/1", "/reports/annual",
			"/citizen/login", "/citizen/login/oauth2/code/province", "/my", "/subscribe", "/subscribe/confirm", "/subscribe/unsubscribe");

	private PublicPages() {
	}

	/** Whether the path (without query) is one of the public role's pages. */
	public static boolean contains(String path) {
		return PAGES.stream().anyMatch(page -> page.matcher(path).matches());
	}
}
