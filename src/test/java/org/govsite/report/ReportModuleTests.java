package org.govsite.report;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report module boots with its dependencies (site, channel, content's catalogue, the service
 * catalogue and what they need) and nothing else. Closed after the test, like the other modules' own.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = { "audit", "notification" })
@DirtiesContext
class ReportModuleTests {

	@Autowired
	VisitCounter counter;

	@Autowired
	VisitStatistics statistics;

	@Test
	void bootsWithItsDependencies() {
		assertThat(counter).isNotNull();
		assertThat(statistics).isNotNull();
	}
}
