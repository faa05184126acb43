package org.govsite.backup;

import org.govsite.audit.AuditTrail;
import org.govsite.content.ContentFixtures;
import org.govsite.identity.IdentityManagement;
import org.govsite.platform.GovSiteProperties;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Backup with the configured method (COPY, which the embedded database needs), then restore into
 * a fresh install: nothing is lost ({@link BackupRoundTrip}).
 */
@IntegrationTest
class BackupRestoreTests {

	@Autowired
	Backups backups;

	@Autowired
	ContentFixtures content;

	@Autowired
	IdentityManagement identity;

	@Autowired
	AuditTrail audit;

	@Autowired
	GovSiteProperties platform;

	@Test
	void aFreshInstallRestoredFromABackupLosesNothing() throws Exception {
		try (BackupRoundTrip roundTrip = new BackupRoundTrip(content, identity, audit, platform)) {
			roundTrip.losesNothing(backups::take, backups::verify, platform.dataPath("backups"));
		}
	}
}
