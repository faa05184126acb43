package org.govsite.publish.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.govsite.site.NoticeView;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SitePageFacts;
import org.govsite.site.SiteSummary;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request for a dynamic page (a letter written through the public API) passes on to the
 * application without looking its host up among the sites: that lookup rereads the site directory
 * every second for a host that is no site's, under load once per concurrent request.
 */
class PublishedSiteLookupTests {

	final AtomicInteger reads = new AtomicInteger();

	final SiteDirectory directory = new SiteDirectory() {

		@Override
		public Optional<SiteSummary> find(long siteId) {
			return Optional.empty();
		}

		@Override
		public List<SiteSummary> all() {
			reads.incrementAndGet();
			return List.of();
		}

		@Override
		public Optional<SitePageFacts> pageFacts(long siteId) {
			return Optional.empty();
		}

		@Override
		public List<NoticeView> noticesOn(long siteId) {
			return List.of();
		}
	};

	final PublishedSiteFilter filter = new PublishedSiteFilter(new ServedSites(directory), Path.of("target"), null);

	@Test
	void aLetterThroughThePublicApiDoesNotLookTheHostUp() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/public/mailboxes/7/letters");
		request.setServerName("127.0.0.1");
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(request, new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest()).isSameAs(request);
		assertThat(reads).hasValue(0);
	}

	@Test
	void aStaticPageStillLooksTheHostUp() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/index.html");
		request.setServerName("127.0.0.1");
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(request, new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest()).isSameAs(request);
		assertThat(reads).hasPositiveValue();
	}
}
