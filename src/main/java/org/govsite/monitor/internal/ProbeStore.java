package org.govsite.monitor.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.govsite.monitor.Availability;
import org.govsite.monitor.ProbeRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every probe of every site's home page. */
@Repository
public class ProbeStore {

	private final JdbcClient jdbc;

	ProbeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void record(ProbeRecord probe) {
		jdbc.sql("insert into monitor_probe (site_id, address, probed_at, ok, status, millis, cause) values (?, ?, ?, ?, ?, ?, ?)")
			.params(probe.siteId(), probe.address(), Timestamp.from(probe.probedAt()), probe.ok(), probe.status(),
					probe.millis(), probe.cause())
			.update();
	}

	/** Whether the newest probe of the site opened; empty before the first. */
	public Optional<Boolean> lastOk(long siteId) {
		return jdbc.sql("select ok from monitor_probe where site_id = ? order by probed_at desc, id desc limit 1")
			.param(siteId)
			.query(Boolean.class)
			.optional();
	}

	public Availability between(long siteId, Instant from, Instant to) {
		return jdbc.sql("select count(*) as probes, count(*) filter (where not ok) as failures from monitor_probe"
				+ " where site_id = ? and probed_at > ? and probed_at <= ?")
			.params(siteId, Timestamp.from(from), Timestamp.from(to))
			.query((rs, row) -> new Availability(rs.getInt("probes"), rs.getInt("failures")))
			.single();
	}

	public List<ProbeRecord> recent(long siteId, int limit) {
		return jdbc.sql("select site_id, address, probed_at, ok, status, millis, cause from monitor_probe where site_id = ?"
				+ " order by probed_at desc, id desc limit ?")
			.params(siteId, limit)
			.query((rs, row) -> {
				int status = rs.getInt("status");
				Integer shown = rs.wasNull() ? null : status;
				return new ProbeRecord(rs.getLong("site_id"), rs.getString("address"), rs.getTimestamp("probed_at").toInstant(),
						rs.getBoolean("ok"), shown, rs.getInt("millis"), rs.getString("cause"));
			})
			.list();
	}
}
