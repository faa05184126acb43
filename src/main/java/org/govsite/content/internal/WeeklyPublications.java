package org.govsite.content.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.govsite.content.PublishedPerChannel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How many documents each channel of some sites shows that were published since a time. */
@Component
class WeeklyPublications implements PublishedPerChannel {

	private final JdbcClient jdbc;

	WeeklyPublications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<Long, Integer> since(Set<Long> siteIds, Instant since) {
		Map<Long, Integer> counts = new LinkedHashMap<>();
		if (siteIds.isEmpty()) {
			return counts;
		}
		jdbc.sql("""
				select channel_id, count(*) from content_placement
				where live and published_at >= ? and site_id = any(?)
				group by channel_id order by 2 desc, 1""")
			.params(java.sql.Timestamp.from(since), siteIds.toArray(Long[]::new))
			.query(rs -> {
				counts.put(rs.getLong(1), rs.getInt(2));
			});
		return counts;
	}
}
