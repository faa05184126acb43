package org.govsite.disclosure;

import org.govsite.publish.SitePageSource;
import org.govsite.search.SearchManagement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The disclosure module boots with its direct dependencies (platform, identity, calendar, site,
 * channel, content's catalogue and events, notification, jobs, and publish, which takes its
 * catalogue pages) and nothing else: what it needs of other modules it reaches through their API. Audit is named, as the module depends on it through {@code @Audited}
 * alone; channel, as content, whose catalogue it reads, cannot start without it.
 * <p>
 * Its context is closed after the test: a module's own context runs its schedulers with the real
 * clock, and must not stay in the context cache beside the shared one whose tests set the time.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = { "audit", "notification", "channel" })
@DirtiesContext
class DisclosureModuleTests {

	@Autowired
	DisclosureRequests requests;

	@Autowired
	DisclosureReports reports;

	@Autowired
	ApplicationContext context;

	@Test
	void bootsWithItsDirectDependenciesOnly() {
		assertThat(requests).isNotNull();
		assertThat(reports).isNotNull();
		assertThat(context.getBeansOfType(SitePageSource.class)).as("its catalogue pages, handed to publish").hasSize(1);
		assertThat(context.getBeanNamesForType(SearchManagement.class)).as("search is not booted").isEmpty();
	}
}
