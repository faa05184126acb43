package org.govsite.platform.web;

import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The platform's own files and the web jars are served, a web jar's link gets its version, and a
 * page's other links are not looked for as files: every link of every page used to be searched for
 * in every jar of the classpath, which made the console's long pages take seconds.
 */
@IntegrationTest
class StaticResourcesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ResourceUrlProvider resources;

	@Test
	void theFilesAreServedAndOnlyTheirLinksAreLookedUp() throws Exception {
		for (String file : new String[] { "/css/console.css", "/js/console.js", "/favicon.svg" }) {
			mvc.perform(get(file)).andExpect(status().isOk());
		}
		String htmx = resources.getForLookupPath("/webjars/htmx.org/dist/htmx.min.js");
		assertThat(htmx).matches("/webjars/htmx\\.org/[0-9][^/]*/dist/htmx\\.min\\.js");
		mvc.perform(get(htmx)).andExpect(status().isOk());

		AntPathMatcher matcher = new AntPathMatcher();
		for (String link : new String[] { "/admin/sites/1/channels", "/admin/documents/5", "/letters", "/sites/9901230001/" }) {
			assertThat(resources.getHandlerMap().keySet()).as(link).noneMatch(pattern -> matcher.match(pattern, link));
		}
	}

	/** Not found, as before (the Chinese page is the error view's, which MockMvc does not dispatch to). */
	@Test
	@WithMockUser(authorities = "STAFF")
	void anAddressThatIsNeitherAPageNorAFileIsNotFound() throws Exception {
		mvc.perform(get("/admin/no-such-page")).andExpect(status().isNotFound());
		mvc.perform(get("/no-such-file.css")).andExpect(status().isNotFound());
		mvc.perform(get("/css/no-such-file.css")).andExpect(status().isNotFound());
	}
}
