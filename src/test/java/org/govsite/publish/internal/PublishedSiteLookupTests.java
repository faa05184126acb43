package org.govsite.publish.internal;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request for a dynamic page (a letter written through the public API) passes on to the
 * application without looking its host up among the sites, which its answer never uses.
 */
class PublishedSiteLookupTests {

	final ServedSitesTests.Directory directory = new ServedSitesTests.Directory();

	final PublishedSiteFilter filter = new PublishedSiteFilter(new ServedSites(directory), Path.of("target"), null);

	@Test
	void aLetterThroughThePublicApiDoesNotLookTheHostUp() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/public/mailboxes/7/letters");
		request.setServerName("127.0.0.1");
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(request, new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest()).isSameAs(request);
		assertThat(directory.reads).hasValue(0);
	}

	@Test
	void aStaticPageStillLooksTheHostUp() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/index.html");
		request.setServerName("127.0.0.1");
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(request, new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest()).isSameAs(request);
		assertThat(directory.reads).hasPositiveValue();
	}
}
