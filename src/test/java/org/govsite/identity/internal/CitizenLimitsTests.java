package org.govsite.identity.internal;

import java.util.UUID;

import javax.sql.DataSource;

import org.govsite.platform.SharedLimits;
import org.govsite.platform.internal.ClusterProperties;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guessing a citizen's password across public nodes: with {@code govsite.cluster.enabled} the
 * attempts on one email are counted once for all nodes, whichever address and node they come from.
 */
@IntegrationTest
class CitizenLimitsTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	CitizenProperties properties;

	@Test
	void signInAttemptsOnOneEmailAreCountedAcrossNodes() {
		CitizenLimits nodeA = new CitizenLimits(properties, new SharedLimits(dataSource, new ClusterProperties(true)));
		CitizenLimits nodeB = new CitizenLimits(properties, new SharedLimits(dataSource, new ClusterProperties(true)));
		String email = UUID.randomUUID().toString();

		for (int i = 0; i < properties.signInsPerTenMinutes(); i++) {
			// a new address each time: only the email's bucket can refuse
			assertThat((i % 2 == 0 ? nodeA : nodeB).trySignIn("198.51.100." + i, email)).isTrue();
		}
		assertThat(nodeB.trySignIn("198.51.100.250", email)).isFalse();
	}

	@Test
	void registrationsFromOneAddressAreCountedAcrossNodes() {
		CitizenLimits nodeA = new CitizenLimits(properties, new SharedLimits(dataSource, new ClusterProperties(true)));
		CitizenLimits nodeB = new CitizenLimits(properties, new SharedLimits(dataSource, new ClusterProperties(true)));
		String address = "198.51.100." + UUID.randomUUID();

		for (int i = 0; i < properties.registrationsPerHour(); i++) {
			assertThat((i % 2 == 0 ? nodeA : nodeB).tryRegistration(address)).isTrue();
		}
		assertThat(nodeA.tryRegistration(address)).isFalse();
	}
}
