package org.govsite.publish.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.govsite.publish.FailedPublishJobs;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Publish jobs that failed for good since a time, per site: what a manager looks at each morning. */
@Component
class FailedJobs implements FailedPublishJobs {

	private final JdbcClient jdbc;

	FailedJobs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<Long, Integer> perSite(@Nullable Set<Long> siteIds, Instant since) {
		Map<Long, Integer> counts = new LinkedHashMap<>();
		jdbc.sql("""
				select site_id, count(*) from publish_job
				where state = 'FAILED' and created_at >= :since and (cast(:all as boolean) or site_id = any(:sites))
				group by site_id order by 2 desc, 1""")
			.param("since", Timestamp.from(since))
			.param("all", siteIds == null)
			.param("sites", siteIds == null ? new Long[0] : siteIds.toArray(Long[]::new))
			.query(rs -> {
				counts.put(rs.getLong(1), rs.getInt(2));
			});
		return counts;
	}
}
