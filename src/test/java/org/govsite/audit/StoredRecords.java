package org.govsite.audit;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads the audit records a test wrote straight from the table, by its own unique actor or object id. */
final class StoredRecords {

	private final JdbcClient jdbc;

	StoredRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Row> byObjectId(String objectId) {
		return jdbc.sql("select * from audit_record where object_id = ? order by seq").param(objectId).query(Row.class).list();
	}

	List<Row> byActor(String actor) {
		return jdbc.sql("select * from audit_record where actor = ? order by seq").param(actor).query(Row.class).list();
	}

	Row single(String objectId) {
		List<Row> rows = byObjectId(objectId);
		if (rows.size() != 1) {
			throw new AssertionError("Expected one audit record of object " + objectId + ", found " + rows);
		}
		return rows.getFirst();
	}

	record Row(long seq, OffsetDateTime occurredAt, String actor, String action, @Nullable String objectType,
			@Nullable String objectId, String outcome, @Nullable String sourceAddress, @Nullable String detail,
			String previousHash, String hash) {
	}
}
