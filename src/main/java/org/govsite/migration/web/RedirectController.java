package org.govsite.migration.web;

import java.net.URI;

import org.govsite.migration.Redirects;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The served fallback of the old sites' redirects (public role): {@code /api/public/redirect?from=<old
 * address>} answers 301 to its new page, or 404 with a hint to search the new site.
 */
@RestController
class RedirectController {

	private final Redirects redirects;

	RedirectController(Redirects redirects) {
		this.redirects = redirects;
	}

	@GetMapping("/api/public/redirect")
	ResponseEntity<String> redirect(@RequestParam(defaultValue = "") String from) {
		return redirects.target(from)
			.map(target -> ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
				.location(URI.create(target))
				.cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(1)))
				.<String>build())
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(new org.springframework.http.MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
				.body("该旧网址没有对应的新页面，请到新网站搜索。"));
	}
}
