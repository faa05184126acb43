package org.govsite.demo;

import org.govsite.audit.AuditManagement;
import org.govsite.audit.AuditTrail;
import org.govsite.calendar.CalendarManagement;
import org.govsite.calendar.WorkingCalendar;
import org.govsite.guard.GuardManagement;
import org.govsite.jobs.BackgroundJobs;
import org.govsite.search.SearchIndex;
import org.govsite.secops.SecurityFigures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo module boots with its direct dependencies (platform, identity, site, channel, content
 * and publish) and nothing else: what it needs from other modules it reaches through their API,
 * and a module it does not depend on is not there. Beans of modules that are only dependencies of
 * its dependencies are mocked, as Spring Modulith intends for this mode.
 * <p>
 * Its context is closed after the test: a module's own context runs its schedulers with the real
 * clock, and must not stay in the context cache beside the shared one whose tests set the time.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "notification")
@DirtiesContext
class DemoModuleTests {

	/** Not booted: calendar is a dependency of a dependency, so its API is stood in for. */
	@MockitoBean
	WorkingCalendar workingCalendar;

	/** Not booted: audit is a dependency of its dependencies, not its own, so its API is stood in for. */
	@MockitoBean
	AuditTrail auditTrail;

	/** Not booted: guard is a dependency of monitor (whose inspection the demo runs), not of the demo. */
	@MockitoBean
	GuardManagement guardManagement;

	/** Not booted: search is a dependency of the service catalogue, not of the demo. */
	@MockitoBean
	SearchIndex searchIndex;

	/** Not booted: jobs is a dependency of interaction (its subscriptions' mail), not of the demo. */
	@MockitoBean
	BackgroundJobs backgroundJobs;

	/** Not booted: secops is a dependency of report (the annual report's security figures), not of the demo. */
	@MockitoBean
	SecurityFigures securityFigures;

	@Autowired
	ApplicationContext context;

	@Test
	void bootsWithItsDirectDependenciesOnly() {
		assertThat(context.getBeanNamesForType(AuditManagement.class)).as("audit is not booted").isEmpty();
		assertThat(context.getBeanNamesForType(CalendarManagement.class)).as("calendar is not booted").isEmpty();
	}
}
