package org.govsite.interaction;

import org.govsite.channel.ChannelDirectory;
import org.govsite.content.DocumentLibrary;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interaction module boots with its direct dependencies (platform, calendar, site, identity,
 * notification, jobs and audit) and nothing else: channels and content are not there. Identity is
 * named: the module uses only its types (StaffRole), while the site module it boots needs its beans.
 * <p>
 * Its context is closed after the test: a module's own context runs its schedulers with the real
 * clock, and must not stay in the context cache beside the shared one whose tests set the time.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = { "audit", "notification", "identity" })
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
		assertThat(context.getBeanNamesForType(ChannelDirectory.class)).as("channel is not booted").isEmpty();
		assertThat(context.getBeanNamesForType(DocumentLibrary.class)).as("content is not booted").isEmpty();
	}
}
