package org.govsite.platform;

import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.govsite.platform.internal.ClusterProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Makes the per-address {@link RateLimit}s: in each node's memory by default (one node, or where a
 * limit per node is enough), or, with {@code govsite.cluster.enabled}, in PostgreSQL through
 * Bucket4j's own backend, so that several public nodes behind a load balancer count one address
 * together. The shared bucket costs a short transaction per call (select for update, update): see
 * docs/performance.md for what that is on the letters' path.
 * <p>
 * The buckets have a few connections of their own: a limit is often taken inside a transaction
 * that already holds one of the application's connections (a letter's per-phone limit, a
 * citizen's sign-in), and a second one from the same pool would, under load, leave every
 * connection held by a request that waits for another (the letters benchmark stalled so).
 */
@Component
public class SharedLimits implements AutoCloseable {

	/** At most this many of the buckets' own connections. */
	private static final int CONNECTIONS = 4;

	private final @Nullable PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	/** The buckets' own pool, when made here (closed with this). */
	private final @Nullable HikariDataSource pool;

	public SharedLimits(DataSource dataSource, ClusterProperties cluster) {
		this.pool = cluster.enabled() ? ownPool(dataSource) : null;
		this.buckets = cluster.enabled() ? buckets(pool != null ? pool : dataSource) : null;
	}

	/** A small pool on the application pool's settings; none (use the given source) if it is not Hikari's. */
	private static @Nullable HikariDataSource ownPool(DataSource dataSource) {
		HikariDataSource main;
		try {
			if (!dataSource.isWrapperFor(HikariDataSource.class)) {
				return null;
			}
			main = dataSource.unwrap(HikariDataSource.class);
		}
		catch (SQLException e) {
			return null;
		}
		HikariConfig config = new HikariConfig();
		main.copyStateTo(config);
		config.setPoolName(main.getPoolName() + "-limits");
		config.setMaximumPoolSize(Math.min(CONNECTIONS, main.getMaximumPoolSize()));
		config.setMinimumIdle(0);
		config.setIdleTimeout(Duration.ofMinutes(1).toMillis());
		return new HikariDataSource(config);
	}

	private static PostgreSQLSelectForUpdateBasedProxyManager<String> buckets(DataSource dataSource) {
		return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_limit_bucket")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			// a bucket that would be full again anyway may go: the table holds only recent callers
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
			.build();
	}

	/** A limit of so many calls a minute per address; {@code name} tells it apart from the others in the shared table. */
	public RateLimit perMinute(String name, int calls) {
		return limit(name, calls, Duration.ofMinutes(1));
	}

	/** A limit of so many calls in each {@code period} per key (an address, a digest); named as {@link #perMinute}. */
	public RateLimit limit(String name, int calls, Duration period) {
		return buckets == null ? new RateLimit(calls, period) : RateLimit.shared(name, calls, period, buckets);
	}

	public boolean shared() {
		return buckets != null;
	}

	@Override
	public void close() {
		if (pool != null) {
			pool.close();
		}
	}

	/** Deletes the buckets that are full again (any node may; a batch at a time). */
	@Scheduled(fixedDelayString = "10m", initialDelayString = "10m")
	void removeExpired() {
		if (buckets != null) {
			while (buckets.removeExpired(1000) == 1000) {
				// more to remove
			}
		}
	}
}
