package org.govsite.servicecatalog;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The servicecatalog module boots with its dependencies (platform, identity, site, search and what
 * search needs) and nothing else; audit and notification are named, as they are reached through
 * {@code @Audited} and the modules below alone. Closed after the test, like the other modules' own
 * contexts.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = { "audit", "notification" })
@DirtiesContext
class ServiceCatalogModuleTests {

	@Autowired
	ServiceCatalog catalog;

	@Autowired
	CaseQueries cases;

	@Autowired
	ApplicationContext context;

	@Test
	void bootsWithItsDirectDependencies() {
		assertThat(catalog).isNotNull();
		assertThat(cases).isNotNull();
		assertThat(context.getBeanNamesForType(CaseStatusSource.class)).hasSize(1);
	}
}
