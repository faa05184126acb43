package org.govsite.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.govsite.platform.internal.ClusterProperties;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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

	@Autowired
	PlatformTransactionManager transactions;

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

	/**
	 * A letter's per-phone limit is taken inside the letter's transaction: as many requests at once as
	 * the application has connections must not leave each holding one and waiting for a second.
	 */
	@Test
	void aLimitTakenInsideTransactionsHoldingEveryConnectionIsStillAnswered() throws Exception {
		int connections = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
		RateLimit limit = new SharedLimits(dataSource, new ClusterProperties(true)).perMinute("test.held", 1000);
		String address = address();
		CountDownLatch holding = new CountDownLatch(connections);
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		List<Future<Boolean>> taken = new ArrayList<>();
		try (ExecutorService requests = Executors.newFixedThreadPool(connections)) {
			for (int i = 0; i < connections; i++) {
				taken.add(requests.submit(() -> transaction.execute(status -> {
					jdbc.sql("select 1").query(Integer.class).single();
					holding.countDown();
					try {
						holding.await(20, TimeUnit.SECONDS);
					}
					catch (InterruptedException e) {
						Thread.currentThread().interrupt();
					}
					return limit.tryTake(address);
				})));
			}
			for (Future<Boolean> each : taken) {
				assertThat(each.get(90, TimeUnit.SECONDS)).isTrue();
			}
		}
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
