package org.govsite.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.govsite.audit.ChainVerification.Problem;
import org.govsite.audit.internal.AsOwner;
import org.govsite.audit.internal.ChainHasher;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The hash chain on the real database. Tampering happens inside a transaction that is rolled
 * back (trigger disabled, rows changed, chain verified, all on one connection), so that the
 * shared trail stays intact for every other test.
 */
@IntegrationTest
@WithMockUser(username = "auditor", roles = "AUDIT_ADMIN")
class AuditTrailIntegrationTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditManagement audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ChainHasher hasher;

	private final String actor = "trail-" + UUID.randomUUID();

	private List<StoredRecords.Row> mine;

	@BeforeEach
	void appendThreeRecords() {
		for (int i = 1; i <= 3; i++) {
			trail.record(new AuditEntry(actor, "test-audit.step", "thing", actor + "-" + i, i != 2, "192.0.2." + i, "第 " + i + " 步"));
		}
		mine = new StoredRecords(jdbc).byActor(actor);
	}

	@Test
	void appendsAGaplessChainThatVerifiesIntact() {
		assertThat(mine).hasSize(3);
		assertThat(mine).extracting(StoredRecords.Row::outcome).containsExactly("SUCCESS", "FAILURE", "SUCCESS");
		for (StoredRecords.Row row : mine) {
			String previous = jdbc.sql("select hash from audit_record where seq = ?").param(row.seq() - 1).query(String.class)
				.optional()
				.orElse("0".repeat(64));
			assertThat(row.previousHash()).isEqualTo(previous);
		}
		long count = jdbc.sql("select count(*) from audit_record").query(Long.class).single();
		assertThat(jdbc.sql("select max(seq) from audit_record").query(Long.class).single()).isEqualTo(count);

		ChainVerification verification = audit.verify();
		assertThat(verification.isIntact()).as("%s", verification).isTrue();
		assertThat(verification.checkedRecords()).isGreaterThanOrEqualTo(count);
	}

	@Test
	void concurrentAppendsStayGaplessAndChained() throws Exception {
		String crowd = "crowd-" + UUID.randomUUID();
		try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
			List<Future<?>> appends = new ArrayList<>();
			for (int i = 0; i < 80; i++) {
				appends.add(threads.submit(() -> trail.record(new AuditEntry(crowd, "test-audit.crowd", null, null, true, null, null))));
			}
			for (Future<?> append : appends) {
				append.get();
			}
		}
		assertThat(new StoredRecords(jdbc).byActor(crowd)).hasSize(80);
		assertThat(jdbc.sql("select count(*) = max(seq) and min(seq) = 1 from audit_record").query(Boolean.class).single()).isTrue();
		assertThat(audit.verify().isIntact()).isTrue();
	}

	@Test
	void aRecordStaysWhenTheCallersWorkIsRolledBack() {
		String rolledBack = "rolled-back-" + UUID.randomUUID();
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			trail.record(new AuditEntry(rolledBack, "test-audit.step", null, null, false, null, null));
			status.setRollbackOnly();
		});
		assertThat(new StoredRecords(jdbc).byActor(rolledBack)).hasSize(1);
	}

	@Test
	void anAlteredRecordIsNamed() {
		long seq = mine.get(1).seq();
		ChainVerification verification = tampered(sql -> sql.sql("update audit_record set outcome = 'SUCCESS' where seq = ?")
			.param(seq)
			.update());
		assertThat(verification.problem()).isEqualTo(Problem.ALTERED);
		assertThat(verification.firstBadSeq()).isEqualTo(seq);
		assertThat(verification.checkedRecords()).isEqualTo(seq - 1);
		assertThat(audit.verify().isIntact()).as("rolled back").isTrue();
	}

	@Test
	void anAlteredHashIsNamedToo() {
		long seq = mine.get(0).seq();
		ChainVerification verification = tampered(sql -> sql.sql("update audit_record set hash = ? where seq = ?")
			.param("f".repeat(64))
			.param(seq)
			.update());
		assertThat(verification.problem()).isEqualTo(Problem.ALTERED);
		assertThat(verification.firstBadSeq()).isEqualTo(seq);
	}

	@Test
	void aDeletedRecordIsNamedByTheGap() {
		long seq = mine.get(1).seq();
		ChainVerification verification = tampered(sql -> sql.sql("delete from audit_record where seq = ?").param(seq).update());
		assertThat(verification.problem()).isEqualTo(Problem.MISSING);
		assertThat(verification.firstBadSeq()).isEqualTo(seq);
	}

	@Test
	void deletedNewestRecordsAreFoundThroughTheHead() {
		long newest = mine.get(2).seq();
		ChainVerification verification = tampered(sql -> sql.sql("delete from audit_record where seq >= ?")
			.param(newest - 1)
			.update());
		assertThat(verification.problem()).isEqualTo(Problem.TRUNCATED);
		assertThat(verification.firstBadSeq()).isEqualTo(newest - 1);
		assertThat(verification.headSeq()).isEqualTo(newest);
	}

	@Test
	void aRecordInsertedPastTheHeadIsFound() {
		long newest = mine.get(2).seq();
		ChainVerification verification = tampered(sql -> sql.sql("""
				insert into audit_record (seq, occurred_at, actor, action, outcome, previous_hash, hash)
				select seq + 1, occurred_at, actor, action, outcome, hash, hash from audit_record where seq = ?""")
			.param(newest)
			.update());
		assertThat(verification.problem()).isEqualTo(Problem.BEYOND_HEAD);
		assertThat(verification.firstBadSeq()).isEqualTo(newest + 1);
	}

	@Test
	void theTriggersRefuseToChangeOrDeleteRecordsEvenForTheOwner() {
		long seq = mine.get(0).seq();
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> AsOwner.inRolledBackTransaction(owner -> owner.sql("update audit_record set detail = 'x' where seq = ?").param(seq).update()))
			.withMessageContaining("append-only");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> AsOwner.inRolledBackTransaction(owner -> owner.sql("delete from audit_record where seq = ?").param(seq).update()))
			.withMessageContaining("append-only");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> AsOwner.inRolledBackTransaction(owner -> owner.sql("truncate audit_record").update()))
			.withMessageContaining("append-only");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> jdbc.sql("update audit_chain_head set seq = seq - 1").update())
			.withMessageContaining("forward");
		assertThat(new StoredRecords(jdbc).byActor(actor)).isEqualTo(mine);
	}

	/**
	 * Tampers as the table's owner would (the application's role cannot switch the trigger off),
	 * verifies on the same connection, and rolls everything back.
	 */
	private ChainVerification tampered(Consumer<JdbcClient> tampering) {
		return AsOwner.inRolledBackTransaction(owner -> {
			owner.sql("alter table audit_record disable trigger audit_record_append_only").update();
			tampering.accept(owner);
			owner.sql("alter table audit_record enable trigger audit_record_append_only").update();
			return AsOwner.chainVerifier(owner, hasher).verify();
		});
	}
}
