package org.govsite.publish;

import java.util.List;

import org.govsite.calendar.CalendarManagement;
import org.govsite.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The publish module boots with its direct dependencies (platform, audit, identity, site, channel
 * and content) and nothing else: what it needs from other modules it reaches through their API,
 * and a module it does not depend on is not there. Beans of modules that are only dependencies of
 * its dependencies are mocked, as Spring Modulith intends for this mode.
 * <p>
 * Audit is named: the module depends on it through {@code @Audited} alone, which Spring Modulith
 * does not count as a dependency to boot, while the modules it boots need the trail.
 * <p>
 * Its context is closed after the test: a module's own context runs its schedulers with the real
 * clock, and must not stay in the context cache beside the shared one whose tests set the time.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = { "audit", "notification" })
@DirtiesContext
class PublishModuleTests {

	@Autowired
	PublishJobs publishJobs;

	@Autowired
	SiteTemplates siteTemplates;

	@Autowired
	DocumentPreview documentPreview;

	/** Not booted: calendar is a dependency of a dependency, so its API is stood in for. */
	@MockitoBean
	WorkingCalendar workingCalendar;

	@Autowired
	ApplicationContext context;

	@Test
	void bootsWithItsDirectDependenciesOnly() {
		assertThat(List.of(publishJobs, siteTemplates, documentPreview)).doesNotContainNull();
		assertThat(context.getBeanNamesForType(CalendarManagement.class)).as("calendar is not booted").isEmpty();
	}
}
