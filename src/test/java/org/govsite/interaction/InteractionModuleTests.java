package org.govsite.interaction;

import org.govsite.disclosure.DisclosureRequests;
import org.govsite.publish.HomeMailboxes;
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
 * The interaction module boots with its direct dependencies (platform, calendar, site, identity,
 * notification, jobs, audit, and publish, which takes its 答复选登 pages and the home page's mailboxes)
 * and nothing else: disclosure and search are not there. Identity is named: the module uses only its
 * types (StaffRole), while the site module it boots needs its beans; channel and content, as publish
 * cannot start without them.
 * <p>
 * Its context is closed after the test: a module's own context runs its schedulers with the real
 * clock, and must not stay in the context cache beside the shared one whose tests set the time.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = { "audit", "notification", "identity", "channel", "content" })
@DirtiesContext
class InteractionModuleTests {

	@Autowired
	Letters letters;

	@Autowired
	LetterHandling handling;

	@Autowired
	ApplicationContext context;

	@Test
	void bootsWithItsDirectDependenciesOnly() {
		assertThat(letters).isNotNull();
		assertThat(handling).isNotNull();
		assertThat(context.getBeansOfType(SitePageSource.class).values()).as("its pages, handed to publish: hudong/ and fangtan/")
			.extracting(SitePageSource::folder).containsExactlyInAnyOrder("hudong/", "fangtan/");
		assertThat(context.getBeanNamesForType(HomeMailboxes.class)).as("the home pages' mailboxes").hasSize(1);
		assertThat(context.getBeanNamesForType(DisclosureRequests.class)).as("disclosure is not booted").isEmpty();
		assertThat(context.getBeanNamesForType(SearchManagement.class)).as("search is not booted").isEmpty();
	}
}
