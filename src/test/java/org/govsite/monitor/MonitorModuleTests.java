package org.govsite.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The monitor module boots with its dependencies and theirs (it reads channels, publishing's
 * manifest, letters' events and guard's findings), and every check it brings is there.
 * <p>
 * Its context is closed after the test: a module's own context runs its schedulers with the real
 * clock, and must not stay in the context cache beside the shared one whose tests set the time.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = { "audit", "notification" })
@DirtiesContext
class MonitorModuleTests {

	@Autowired
	List<InspectionCheck> checks;

	@Autowired
	Rectification rectification;

	@Test
	void bringsItsChecks() {
		assertThat(checks).extracting(InspectionCheck::name)
			.contains("monitor.links", "monitor.tampering", "monitor.home-freshness", "monitor.channel-freshness",
					"monitor.letters", "monitor.content-security", "monitor.availability");
		assertThat(rectification.openCounts()).isNotNull();
	}
}
