package org.govsite.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.govsite.audit.AuditOutcome;
import org.govsite.audit.AuditQuery;
import org.govsite.audit.AuditRecord;
import org.govsite.audit.AuditRecordPage;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of the audit trail: the chain head, appending, reading in seq order and searching. */
@Component
public class AuditRecords {

	/** The advisory lock that serializes appends ("audit" in ASCII). */
	static final long CHAIN_LOCK = 0x6175646974L;

	private static final String COLUMNS = """
			seq, occurred_at, actor, action, object_type, object_id, outcome, source_address, detail, previous_hash, hash""";

	private final JdbcClient jdbc;

	private final ZoneId zone;

	AuditRecords(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.zone = clock.getZone();
	}

	/**
	 * The chain head, and whether records exist past it, read in one statement (one snapshot):
	 * an append moves both together, so only a record inserted from outside lies past the head.
	 */
	public Head head() {
		return jdbc.sql("""
				select h.seq, h.hash, h.key_check, exists(select 1 from audit_record r where r.seq > h.seq) as beyond
				from audit_chain_head h where h.id = 1""")
			.query((rs, row) -> new Head(rs.getLong("seq"), rs.getString("hash"), rs.getString("key_check"),
					rs.getBoolean("beyond")))
			.optional()
			.orElseGet(() -> new Head(0, ChainHasher.GENESIS, null, jdbc.sql("select exists(select 1 from audit_record)")
				.query(Boolean.class)
				.single()));
	}

	/**
	 * Waits for the chain until the end of the current transaction. A statement of its own: in
	 * READ COMMITTED the next statement then sees every append committed before the lock was ours.
	 */
	void lockChain() {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleRow();
	}

	void append(ChainedRecord record, String keyCheck) {
		RecordContent content = record.content();
		jdbc.sql("insert into audit_record (" + COLUMNS + """
				) values (:seq, :occurredAt, :actor, :action, :objectType, :objectId, :outcome, :sourceAddress, :detail,
				:previousHash, :hash)""")
			.param("seq", content.seq())
			.param("occurredAt", content.occurredAt().atOffset(ZoneOffset.UTC))
			.param("actor", content.actor())
			.param("action", content.action())
			.param("objectType", content.objectType())
			.param("objectId", content.objectId())
			.param("outcome", content.outcome().name())
			.param("sourceAddress", content.sourceAddress())
			.param("detail", content.detail())
			.param("previousHash", content.previousHash())
			.param("hash", record.hash())
			.update();
		jdbc.sql("update audit_chain_head set seq = :seq, hash = :hash, key_check = coalesce(key_check, :keyCheck) where id = 1")
			.param("seq", content.seq())
			.param("hash", record.hash())
			.param("keyCheck", keyCheck)
			.update();
	}

	/** Records after {@code afterSeq} up to {@code upToSeq}, in seq order: one keyset page of a verification. */
	List<ChainedRecord> chainPage(long afterSeq, long upToSeq, int limit) {
		return jdbc.sql("select " + COLUMNS + " from audit_record where seq > :after and seq <= :upTo order by seq limit :limit")
			.param("after", afterSeq)
			.param("upTo", upToSeq)
			.param("limit", limit)
			.query((rs, row) -> new ChainedRecord(content(rs), rs.getString("hash")))
			.list();
	}

	/** The hash stored with the record of this seq, if there is one. */
	public java.util.Optional<String> hashAt(long seq) {
		return jdbc.sql("select hash from audit_record where seq = ?").param(seq).query(String.class).optional();
	}

	/** A page of records matching the query, newest first. */
	public AuditRecordPage search(AuditQuery query, int page, int size) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from audit_record where true");
		List<Object> params = new ArrayList<>();
		condition(sql, params, "actor = ?", query.actor());
		condition(sql, params, "action = ?", query.action());
		condition(sql, params, "object_type = ?", query.objectType());
		condition(sql, params, "object_id = ?", query.objectId());
		condition(sql, params, "outcome = ?", query.outcome() == null ? null : query.outcome().name());
		condition(sql, params, "occurred_at >= ?", query.from() == null ? null : query.from().atStartOfDay(zone).toOffsetDateTime());
		condition(sql, params, "occurred_at < ?",
				query.to() == null ? null : query.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
		sql.append(" order by seq desc limit ? offset ?");
		params.add(size + 1);
		params.add((long) page * size);
		List<AuditRecord> found = jdbc.sql(sql.toString()).params(params).query((rs, row) -> view(rs)).list();
		boolean hasNext = found.size() > size;
		return new AuditRecordPage(hasNext ? found.subList(0, size) : found, page, size, hasNext);
	}

	private static void condition(StringBuilder sql, List<Object> params, String clause, @Nullable Object value) {
		if (value != null) {
			sql.append(" and ").append(clause);
			params.add(value);
		}
	}

	private static RecordContent content(ResultSet rs) throws SQLException {
		return new RecordContent(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
				AuditOutcome.valueOf(rs.getString("outcome")), rs.getString("source_address"), rs.getString("detail"),
				rs.getString("previous_hash"));
	}

	private AuditRecord view(ResultSet rs) throws SQLException {
		return new AuditRecord(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).atZoneSameInstant(zone)
			.toOffsetDateTime(), rs.getString("actor"), rs.getString("action"), rs.getString("object_type"),
				rs.getString("object_id"), AuditOutcome.valueOf(rs.getString("outcome")), rs.getString("source_address"),
				rs.getString("detail"), rs.getString("hash"));
	}

	/**
	 * The chain head.
	 *
	 * @param seq the newest record's seq (0 before the first)
	 * @param hash the newest record's hash
	 * @param keyCheck identifies the key the trail is written with, {@code null} before the first record
	 * @param recordsBeyond whether records exist with a seq past the head
	 */
	public record Head(long seq, String hash, @Nullable String keyCheck, boolean recordsBeyond) {
	}
}
