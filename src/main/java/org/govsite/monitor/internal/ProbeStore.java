package org.govsite.monitor.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.govsite.monitor.Availability;
import org.govsite.monitor.ProbeRecord;
import org.govsite.monitor.ResponseEvidence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every probe of every site's home page and of its sampled pages. */
@Repository
public class ProbeStore {

	private static final String COLUMNS = "site_id, address, probed_at, ok, status, millis, cause, page, headers, body_head";

	private final JdbcClient jdbc;

	ProbeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void record(ProbeRecord probe) {
		ResponseEvidence response = probe.response();
		jdbc.sql("insert into monitor_probe (site_id, address, probed_at, ok, status, millis, cause, page, headers, body_head)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(probe.siteId(), probe.address(), Timestamp.from(probe.probedAt()), probe.ok(), probe.status(),
					probe.millis(), probe.cause(), probe.page(), response == null ? null : response.headers(),
					response == null ? null : response.firstBytes())
			.update();
	}

	/** Whether the newest probe of the site's home page opened; empty before the first. */
	public Optional<Boolean> lastOk(long siteId) {
		return jdbc.sql("select ok from monitor_probe where site_id = ? and page is null order by probed_at desc, id desc limit 1")
			.param(siteId)
			.query(Boolean.class)
			.optional();
	}

	/** The home page's probes in the period: the sampled pages are not in the veto's figure (see AvailabilityWatch). */
	public Availability between(long siteId, Instant from, Instant to) {
		return jdbc.sql("select count(*) as probes, count(*) filter (where not ok) as failures from monitor_probe"
				+ " where site_id = ? and page is null and probed_at > ? and probed_at <= ?")
			.params(siteId, Timestamp.from(from), Timestamp.from(to))
			.query((rs, row) -> new Availability(rs.getInt("probes"), rs.getInt("failures")))
			.single();
	}

	/** The home page's newest probes. */
	public List<ProbeRecord> recent(long siteId, int limit) {
		return newest(siteId, limit, "page is null");
	}

	/** The sampled pages' newest probes. */
	public List<ProbeRecord> recentSamples(long siteId, int limit) {
		return newest(siteId, limit, "page is not null");
	}

	private List<ProbeRecord> newest(long siteId, int limit, String which) {
		return jdbc.sql("select " + COLUMNS + " from monitor_probe where site_id = ? and " + which
				+ " order by probed_at desc, id desc limit ?")
			.params(siteId, limit)
			.query(ProbeStore::probe)
			.list();
	}

	/** Each sampled page's newest probe since the given time, if that one failed. */
	public List<ProbeRecord> failingSamples(long siteId, Instant since) {
		return jdbc.sql("select * from (select distinct on (page) " + COLUMNS + " from monitor_probe"
				+ " where site_id = ? and page is not null and probed_at > ? order by page, probed_at desc, id desc) newest"
				+ " where not ok order by page")
			.params(siteId, Timestamp.from(since))
			.query(ProbeStore::probe)
			.list();
	}

	private static ProbeRecord probe(ResultSet rs, int row) throws SQLException {
		int status = rs.getInt("status");
		Integer shown = rs.wasNull() ? null : status;
		Instant at = rs.getTimestamp("probed_at").toInstant();
		String headers = rs.getString("headers");
		ResponseEvidence response = headers == null ? null
				: new ResponseEvidence(rs.getString("address"), at, shown, headers, rs.getBytes("body_head"));
		return new ProbeRecord(rs.getLong("site_id"), rs.getString("address"), at, rs.getBoolean("ok"), shown,
				rs.getInt("millis"), rs.getString("cause"), rs.getString("page"), response);
	}
}
