package org.govsite.identity;

import org.govsite.calendar.CalendarManagement;
import org.govsite.site.SiteDirectory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The identity module boots with its direct dependencies (platform and audit) and nothing else:
 * what it needs from other modules it reaches through their API, and a module it does not depend
 * on is not there.
 * <p>
 * Its context is closed after the test: a module's own context runs its schedulers with the real
 * clock, and must not stay in the context cache beside the shared one whose tests set the time.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@DirtiesContext
class IdentityModuleTests {

	@Autowired
	IdentityManagement api;

	@Autowired
	ApplicationContext context;

	@Test
	void bootsWithItsDirectDependenciesOnly() {
		assertThat(api).isNotNull();
		assertThat(context.getBeanNamesForType(SiteDirectory.class)).as("site is not booted").isEmpty();
		assertThat(context.getBeanNamesForType(CalendarManagement.class)).as("calendar is not booted").isEmpty();
	}
}
