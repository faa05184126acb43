package org.govsite.monitor.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbound links' validators, one row per address. */
@Repository
class LinkValidatorStore implements LinkValidators {

	private final JdbcClient jdbc;

	private final Clock clock;

	LinkValidatorStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Optional<Validator> of(String address) {
		return jdbc.sql("select etag, last_modified from monitor_link_validator where address = ?")
			.param(address)
			.query((rs, row) -> new Validator(rs.getString("etag"), rs.getString("last_modified")))
			.optional();
	}

	@Override
	public void keep(String address, Validator validator) {
		jdbc.sql("insert into monitor_link_validator (address, etag, last_modified, kept_at) values (?, ?, ?, ?)"
				+ " on conflict (address) do update set etag = excluded.etag, last_modified = excluded.last_modified,"
				+ " kept_at = excluded.kept_at")
			.params(address, validator.etag(), validator.lastModified(), Timestamp.from(clock.instant()))
			.update();
	}
}
