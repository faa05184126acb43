package org.govsite.platform;

import java.time.Duration;

import javax.sql.DataSource;

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
 */
@Component
public class SharedLimits {

	private final @Nullable PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	public SharedLimits(DataSource dataSource, ClusterProperties cluster) {
		this.buckets = cluster.enabled() ? buckets(dataSource) : null;
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
