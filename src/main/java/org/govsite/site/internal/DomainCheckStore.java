package org.govsite.site.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.govsite.site.DomainCheck;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The latest outside check of each domain in use. */
@Component
public class DomainCheckStore {

	/** A domain to check. */
	public record InUse(long id, long siteId, String siteName, String name) {
	}

	private final JdbcClient jdbc;

	DomainCheckStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<InUse> inUse() {
		return jdbc.sql("""
				select e.id, e.site_id, s.name as site_name, e.name from site_domain_entry e join site s on s.id = e.site_id
				where e.status = 'IN_USE' order by e.id
				""")
			.query((rs, row) -> new InUse(rs.getLong("id"), rs.getLong("site_id"), rs.getString("site_name"),
					rs.getString("name")))
			.list();
	}

	/**
	 * Keeps the check; a certificate with another expiry (a renewal) starts its warnings afresh.
	 *
	 * @return the smallest warning threshold already sent for this certificate's expiry, if any
	 */
	public @Nullable Integer save(DomainCheck check) {
		return jdbc.sql("""
				insert into site_domain_check as c (entry_id, checked_at, addresses, cert_subject, cert_issuer,
				  cert_expires_at, problem)
				values (:entry, :at, :addresses, :subject, :issuer, :expires, :problem)
				on conflict (entry_id) do update set checked_at = excluded.checked_at, addresses = excluded.addresses,
				  cert_subject = excluded.cert_subject, cert_issuer = excluded.cert_issuer, problem = excluded.problem,
				  warned_within = case when c.cert_expires_at is not distinct from excluded.cert_expires_at
				    then c.warned_within end,
				  cert_expires_at = excluded.cert_expires_at
				returning warned_within
				""")
			.param("entry", check.entryId())
			.param("at", Timestamp.from(check.checkedAt()))
			.param("addresses", check.addresses())
			.param("subject", check.subject(), java.sql.Types.VARCHAR)
			.param("issuer", check.issuer(), java.sql.Types.VARCHAR)
			.param("expires", check.certificateExpires() == null ? null
							: OffsetDateTime.ofInstant(check.certificateExpires(), java.time.ZoneOffset.UTC),
					java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
			.param("problem", check.problem(), java.sql.Types.VARCHAR)
			.query((rs, row) -> (Integer) rs.getObject("warned_within"))
			.optional()
			.orElse(null);
	}

	public void markWarned(long entryId, int threshold) {
		jdbc.sql("update site_domain_check set warned_within = :t where entry_id = :id").param("t", threshold)
			.param("id", entryId).update();
	}

	public Map<Long, DomainCheck> all() {
		return jdbc.sql("select * from site_domain_check")
			.query((rs, row) -> new DomainCheck(rs.getLong("entry_id"),
					rs.getObject("checked_at", OffsetDateTime.class).toInstant(), rs.getString("addresses"),
					rs.getString("cert_subject"), rs.getString("cert_issuer"),
					instant(rs.getObject("cert_expires_at", OffsetDateTime.class)), rs.getString("problem")))
			.list()
			.stream()
			.collect(Collectors.toMap(DomainCheck::entryId, Function.identity()));
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime at) {
		return at == null ? null : at.toInstant();
	}
}
