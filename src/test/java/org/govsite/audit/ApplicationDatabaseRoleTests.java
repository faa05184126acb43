package org.govsite.audit;

import java.util.List;
import java.util.UUID;

import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The application's own database role, as it connects in production: it adds audit records and
 * reads them, and does its other work, but cannot change, delete or truncate a record, nor switch
 * the triggers that guard the trail off, nor replace their function. Whoever gets the application's
 * connection (an injection, a stolen pool) gets no more.
 */
@IntegrationTest
@WithMockUser(username = "auditor", roles = "AUDIT_ADMIN")
class ApplicationDatabaseRoleTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditManagement audit;

	@Test
	void cannotChangeDeleteOrTruncateAnAuditRecord() {
		String actor = "role-" + UUID.randomUUID();
		trail.record(new AuditEntry(actor, "test-audit.role", null, null, true, null, "原样"));
		long seq = new StoredRecords(jdbc).byActor(actor).getFirst().seq();

		refused("update audit_record set detail = '改过' where seq = " + seq);
		refused("delete from audit_record where seq = " + seq);
		refused("truncate audit_record");
		refused("delete from audit_chain_head");
		refused("truncate audit_signed_head");
		refused("delete from audit_signed_head");

		assertThat(jdbc.sql("select detail from audit_record where seq = ?").param(seq).query(String.class).single()).isEqualTo("原样");
	}

	@Test
	void cannotSwitchTheTriggersOffNorReplaceTheirFunction() {
		refused("alter table audit_record disable trigger audit_record_append_only");
		refused("alter table audit_record disable trigger all");
		refused("drop trigger audit_record_append_only on audit_record");
		refused("alter table audit_chain_head disable trigger audit_chain_head_forward_only");
		refused("set session_replication_role = replica");
		refused("""
				create or replace function audit_refuse_change() returns trigger language plpgsql as $$ begin return new; end $$""");
		refused("alter table audit_record owner to current_user");
		refused("drop table audit_record");
		assertThat(jdbc.sql("select tgenabled from pg_trigger where tgname = 'audit_record_append_only'").query(String.class).single())
			.isEqualTo("O");
	}

	@Test
	void isNeitherSuperuserNorOwnerOfAnyTable() {
		assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single()).isFalse();
		assertThat(jdbc.sql("select count(*) from pg_tables where schemaname = 'public' and tableowner = current_user")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void stillDoesItsWork() {
		String actor = "role-work-" + UUID.randomUUID();
		trail.record(new AuditEntry(actor, "test-audit.role", null, null, true, null, null));
		assertThat(new StoredRecords(jdbc).byActor(actor)).hasSize(1);
		assertThat(audit.verify().isIntact()).isTrue();
		assertThat(audit.signHead().seq()).isPositive();
		List<String> withoutWrites = jdbc.sql("""
				select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
				where n.nspname = 'public' and c.relkind in ('r', 'p')
				and c.relname not in ('audit_record', 'audit_chain_head', 'audit_signed_head')
				and not (has_table_privilege(c.oid, 'select') and has_table_privilege(c.oid, 'insert')
				and has_table_privilege(c.oid, 'update') and has_table_privilege(c.oid, 'delete'))""")
			.query(String.class)
			.list();
		assertThat(withoutWrites).as("tables the application cannot read or write").isEmpty();
	}

	private void refused(String sql) {
		assertThatExceptionOfType(DataAccessException.class).as(sql)
			.isThrownBy(() -> jdbc.sql(sql).update())
			.satisfies(e -> assertThat(e.getMostSpecificCause().getMessage()).containsAnyOf("permission denied", "must be owner"));
	}
}
