package org.govsite.migration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration module boots with its dependencies (site, channel, content and its import, publish,
 * jobs and what they need) and nothing else. Closed after the test, like the other modules' own.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = { "audit", "notification" })
@DirtiesContext
class MigrationModuleTests {

	@Autowired
	Migrations migrations;

	@Autowired
	Redirects redirects;

	@Test
	void bootsWithItsDependencies() {
		assertThat(migrations).isNotNull();
		assertThat(redirects.target("http://old.example.gov.cn/none.html")).isEmpty();
	}
}
