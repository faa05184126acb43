package org.govsite.notification;

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
 * The notification module boots with its direct dependencies (platform, identity, audit) and
 * nothing else: the modules that notify bring their kinds themselves, so it runs without them.
 * <p>
 * Audit is named: the module declares it but uses none of its types, so Spring Modulith does not
 * boot it, while identity, which it does boot, needs the trail.
 * <p>
 * Its context is closed after the test: a module's own context runs its schedulers with the real
 * clock, and must not stay in the context cache beside the shared one whose tests set the time.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "audit")
@DirtiesContext
class NotificationModuleTests {

	@Autowired
	Notifications notifications;

	@Autowired
	ApplicationContext context;

	@Test
	void bootsWithItsDirectDependenciesOnly() {
		assertThat(notifications).isNotNull();
		assertThat(context.getBeanNamesForType(SiteDirectory.class)).as("site is not booted").isEmpty();
		assertThat(context.getBeanNamesForType(DocumentLibrary.class)).as("content is not booted").isEmpty();
	}
}
