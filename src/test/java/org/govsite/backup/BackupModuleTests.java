package org.govsite.backup;

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
 * The backup module boots with its direct dependencies (platform, jobs, audit, notification,
 * identity): it backs up the database and the data folder as they are, whatever modules wrote
 * them. Closed after the test, as every module context that runs schedulers on the real clock.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = { "audit", "notification", "identity" })
@DirtiesContext
class BackupModuleTests {

	@Autowired
	Backups backups;

	@Autowired
	ApplicationContext context;

	@Test
	void bootsWithItsDirectDependenciesOnly() {
		assertThat(backups.status().alertAfter()).hasHours(26);
		assertThat(context.getBeanNamesForType(SiteDirectory.class)).as("site is not booted").isEmpty();
		assertThat(context.getBeanNamesForType(DocumentLibrary.class)).as("content is not booted").isEmpty();
	}
}
