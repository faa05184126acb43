package org.govsite.interaction;

import java.util.UUID;

import javax.sql.DataSource;

import org.govsite.interaction.internal.InteractionProperties;
import org.govsite.platform.SharedLimits;
import org.govsite.platform.internal.ClusterProperties;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The letters' limits on two public nodes sharing one database: with {@code govsite.cluster.enabled}
 * an address's letters an hour are counted once for both nodes; without it, per node as before.
 */
@IntegrationTest
class SubmissionLimitsTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	InteractionProperties properties;

	@Test
	void withTheClusterOnTwoNodesCountAnAddressesLettersTogether() {
		SubmissionLimits nodeA = node(true);
		SubmissionLimits nodeB = node(true);
		String address = "203.0.113." + UUID.randomUUID();

		for (int i = 0; i < properties.lettersPerHourPerAddress(); i++) {
			assertThat((i % 2 == 0 ? nodeA : nodeB).tryAddress(address)).isTrue();
		}
		assertThat(nodeA.tryAddress(address)).as("the hour's allowance is spent across both nodes").isFalse();
		assertThat(nodeB.tryAddress(address)).isFalse();
		assertThat(nodeB.trySubscription(address)).as("subscriptions have their own bucket").isTrue();
	}

	@Test
	void withTheClusterOnAPhoneNumbersDayIsCountedOnceForAllNodes() {
		SubmissionLimits nodeA = node(true);
		SubmissionLimits nodeB = node(true);
		String phone = UUID.randomUUID().toString();

		for (int i = 0; i < properties.lettersPerDayPerPhone(); i++) {
			assertThat((i % 2 == 0 ? nodeB : nodeA).tryPhone(phone)).isTrue();
		}
		assertThat(nodeA.tryPhone(phone)).isFalse();
	}

	@Test
	void withTheClusterOffEachNodeCountsItsOwn() {
		SubmissionLimits nodeA = node(false);
		SubmissionLimits nodeB = node(false);
		String address = "203.0.113." + UUID.randomUUID();

		for (int i = 0; i < properties.lettersPerHourPerAddress(); i++) {
			assertThat(nodeA.tryAddress(address)).isTrue();
		}
		assertThat(nodeA.tryAddress(address)).isFalse();
		assertThat(nodeB.tryAddress(address)).as("per node").isTrue();
	}

	private SubmissionLimits node(boolean cluster) {
		return new SubmissionLimits(properties, new SharedLimits(dataSource, new ClusterProperties(cluster)));
	}
}
