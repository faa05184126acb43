package org.govsite.secops;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secops module boots with its dependencies (site, identity, notification, jobs and what they
 * need) and nothing else; its figures of a year no one recorded anything in are all zero. Closed
 * after the test, like the other modules' own.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = { "audit", "notification" })
@DirtiesContext
class SecopsModuleTests {

	@Autowired
	SecurityFigures figures;

	@Autowired
	Vulnerabilities vulnerabilities;

	@Test
	void bootsWithItsDependencies() {
		assertThat(vulnerabilities).isNotNull();
		assertThat(figures.ofGroup(2001)).isEqualTo(new SecurityYear(0, 0, 0, 0, 0, 0));
	}
}
