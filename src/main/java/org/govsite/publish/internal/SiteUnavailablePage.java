package org.govsite.publish.internal;

import jakarta.servlet.http.HttpServletResponse;

import org.govsite.site.SiteState;
import org.jspecify.annotations.Nullable;

/**
 * What the address of a site that is not online answers: a page in Chinese that says why there is
 * nothing (not yet opened, temporarily offline, closed), with the status that says the same to
 * machines: 404 for a site not yet opened or not known, 503 for one that is coming back, 410 for one
 * that is gone. The page stands alone (no theme, no script, no style), so it needs no published file.
 */
final class SiteUnavailablePage {

	/** The status and the page for a site's name and state; a null site is one the platform does not know. */
	record Answer(int status, String html) {
	}

	private SiteUnavailablePage() {
	}

	static Answer of(@Nullable String siteName, @Nullable SiteState state) {
		String reason = state == null ? "unknown" : switch (state) {
			case TEMPORARILY_OFFLINE, EMERGENCY_SHUTDOWN -> "offline";
			case CLOSED, LEFT_SUPERVISION, CLOSING -> "closed";
			default -> "notOpened";
		};
		int status = switch (reason) {
			case "offline" -> HttpServletResponse.SC_SERVICE_UNAVAILABLE;
			case "closed" -> HttpServletResponse.SC_GONE;
			default -> HttpServletResponse.SC_NOT_FOUND;
		};
		String title = PageText.text("page.unavailable." + reason + ".title");
		String heading = siteName == null ? title : siteName;
		String html = "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
				+ Html.escape(siteName == null ? title : title + " - " + siteName) + "</title></head>\n<body><main><h1>"
				+ Html.escape(heading) + "</h1><p>" + Html.escape(PageText.text("page.unavailable." + reason))
				+ "</p></main></body></html>\n";
		return new Answer(status, html);
	}
}
