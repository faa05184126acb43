package org.govsite.platform;

import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import org.govsite.platform.internal.ClusterProperties;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two public nodes on one database: with {@code govsite.cluster.enabled} one address's calls are
 * counted together, whichever node takes them; without it each node counts its own (the default,
 * one node). Each "node" is its own {@link SharedLimits}, as two processes would make it.
 */
@IntegrationTest
class SharedLimitsTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void twoNodesSharingTheDatabaseCountOneAddressTogether() {
		RateLimit nodeA = new SharedLimits(dataSource, new ClusterProperties(true)).perMinute("test.shared", 3);
		RateLimit nodeB = new SharedLimits(dataSource, new ClusterProperties(true)).perMinute("test.shared", 3);
		String address = address();

		assertThat(nodeA.tryTake(address)).isTrue();
		assertThat(nodeB.tryTake(address)).isTrue();
		assertThat(nodeA.tryTake(address)).isTrue();
		assertThat(nodeB.tryTake(address)).as("the fourth call in the minute, on the other node").isFalse();
		assertThat(nodeA.tryTake(address)).isFalse();

		assertThat(nodeB.tryTake(address())).as("another address has its own bucket").isTrue();
		assertThat(jdbc.sql("select count(*) from rate_limit_bucket where id = :id").param("id", "test.shared:" + address)
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aLimitOverAnHourIsSharedAndItsBucketKeptTillItIsFullAgain() {
		RateLimit nodeA = new SharedLimits(dataSource, new ClusterProperties(true)).limit("test.hourly", 2, Duration.ofHours(1));
		RateLimit nodeB = new SharedLimits(dataSource, new ClusterProperties(true)).limit("test.hourly", 2, Duration.ofHours(1));
		String address = address();

		assertThat(nodeA.tryTake(address)).isTrue();
		assertThat(nodeB.tryTake(address)).isTrue();
		assertThat(nodeA.tryTake(address)).isFalse();
		long expiresAt = jdbc.sql("select expires_at from rate_limit_bucket where id = :id").param("id", "test.hourly:" + address)
			.query(Long.class).single();
		assertThat(expiresAt).as("not deleted before the hour gives the allowance back")
			.isGreaterThan(System.currentTimeMillis() + Duration.ofMinutes(59).toMillis());
	}

	@Test
	void limitsOfOtherNamesDoNotShareABucket() {
		SharedLimits node = new SharedLimits(dataSource, new ClusterProperties(true));
		RateLimit beacons = node.perMinute("test.beacons", 1);
		RateLimit queries = node.perMinute("test.queries", 1);
		String address = address();

		assertThat(beacons.tryTake(address)).isTrue();
		assertThat(queries.tryTake(address)).isTrue();
		assertThat(beacons.tryTake(address)).isFalse();
	}

	@Test
	void withoutTheClusterSettingEachNodeCountsItsOwn() {
		SharedLimits one = new SharedLimits(dataSource, new ClusterProperties(false));
		RateLimit nodeA = one.perMinute("test.local", 2);
		RateLimit nodeB = new SharedLimits(dataSource, new ClusterProperties(false)).perMinute("test.local", 2);
		String address = address();

		assertThat(one.shared()).isFalse();
		assertThat(nodeA.tryTake(address)).isTrue();
		assertThat(nodeA.tryTake(address)).isTrue();
		assertThat(nodeA.tryTake(address)).isFalse();
		assertThat(nodeB.tryTake(address)).as("per node: the other node has not counted this address").isTrue();
	}

	private static String address() {
		return "198.51.100." + UUID.randomUUID().toString().substring(0, 8);
	}
}
