package org.govsite.jobs;

import org.govsite.content.DocumentLibrary;
import org.govsite.site.SiteDirectory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jobs module boots with its direct dependencies (platform, identity, audit) and nothing
 * else: the modules whose work it runs bring their job types and schedules themselves, so it runs
 * without them, and lists what it has.
 * <p>
 * Its context is closed after the test: a module's own context runs its schedulers with the real
 * clock, and must not stay in the context cache beside the shared one whose tests set the time.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@DirtiesContext
class JobsModuleTests {

	@Autowired
	BackgroundJobs jobs;

	@Autowired
	ApplicationContext context;

	@Test
	void bootsWithItsDirectDependenciesOnly() {
		assertThat(jobs.overview()).isNotNull();
		assertThat(context.getBeanNamesForType(SiteDirectory.class)).as("site is not booted").isEmpty();
		assertThat(context.getBeanNamesForType(DocumentLibrary.class)).as("content is not booted").isEmpty();
	}
}
