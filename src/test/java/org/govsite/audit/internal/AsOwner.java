package org.govsite.audit.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.function.Function;

import org.govsite.test.TestDatabase;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Works on the test database as the owner of its tables (who may switch the audit triggers off,
 * which the application's role may not), in one transaction that is always rolled back, so that
 * the shared trail stays intact for every other test. The verifiers read on the same connection.
 */
public final class AsOwner {

	private AsOwner() {
	}

	public static <T> T inRolledBackTransaction(Function<JdbcClient, T> work) {
		TestDatabase.Connection.Details owner = TestDatabase.connection();
		try (Connection connection = DriverManager.getConnection(owner.url(), owner.user(), owner.password())) {
			connection.setAutoCommit(false);
			try {
				return work.apply(JdbcClient.create(new SingleConnectionDataSource(connection, true)));
			}
			finally {
				connection.rollback();
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not work on the test database as its owner", e);
		}
	}

	/** The chain verification, reading through the given connection. */
	public static ChainVerifier chainVerifier(JdbcClient jdbc, ChainHasher hasher) {
		return new ChainVerifier(new AuditRecords(jdbc, Clock.systemUTC()), hasher);
	}

	/** The check against kept heads, reading through the given connection. */
	public static HeadCheck headCheck(JdbcClient jdbc, HeadSigner signer) {
		return new HeadCheck(signer, new AuditRecords(jdbc, Clock.systemUTC())::hashAt);
	}

	/** What an attacker holding the chain key does after changing a record: recomputes every hash from there on, and the head. */
	public static void recomputeChain(JdbcClient jdbc, ChainHasher hasher, long fromSeq) {
		String previous = jdbc.sql("select hash from audit_record where seq = ?").param(fromSeq - 1).query(String.class)
			.optional()
			.orElse(ChainHasher.GENESIS);
		AuditRecords records = new AuditRecords(jdbc, Clock.systemUTC());
		long head = records.head().seq();
		for (ChainedRecord record : records.chainPage(fromSeq - 1, head, Integer.MAX_VALUE)) {
			RecordContent c = record.content();
			RecordContent relinked = new RecordContent(c.seq(), c.occurredAt(), c.actor(), c.action(), c.objectType(), c.objectId(),
					c.outcome(), c.sourceAddress(), c.detail(), previous);
			String hash = hasher.hash(relinked);
			jdbc.sql("update audit_record set previous_hash = ?, hash = ? where seq = ?").params(previous, hash, c.seq()).update();
			previous = hash;
		}
		jdbc.sql("update audit_chain_head set hash = ? where id = 1").param(previous).update();
	}
}
