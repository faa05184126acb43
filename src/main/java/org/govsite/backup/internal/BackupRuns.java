package org.govsite.backup.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.govsite.backup.BackupSet;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of the backup sets taken and verified ({@code backup_run}). */
@Repository
class BackupRuns {

	private final JdbcClient jdbc;

	BackupRuns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void started(String name, Instant at) {
		jdbc.sql("insert into backup_run (name, started_at) values (?, ?)").params(name, Timestamp.from(at)).update();
	}

	void finished(String name, Instant at, long size, int files, String manifestSha256, String method) {
		jdbc.sql("""
				update backup_run set finished_at = ?, ok = true, size_bytes = ?, file_count = ?, manifest_sha256 = ?, method = ?
				where name = ?""").params(Timestamp.from(at), size, files, manifestSha256, method, name).update();
	}

	void failed(String name, String error) {
		jdbc.sql("update backup_run set error = ? where name = ?").params(error, name).update();
	}

	void verified(String name, Instant at, boolean ok, @Nullable String problem) {
		jdbc.sql("update backup_run set verified_at = ?, verified_ok = ?, verify_problem = ? where name = ?")
			.params(Timestamp.from(at), ok, problem, name).update();
	}

	void deleted(String name, Instant at) {
		jdbc.sql("update backup_run set deleted_at = ? where name = ?").params(Timestamp.from(at), name).update();
	}

	List<BackupSet> recent(int limit) {
		return jdbc.sql("select * from backup_run order by started_at desc, id desc limit ?").param(limit).query(BackupRuns::set).list();
	}

	List<BackupSet> kept() {
		return jdbc.sql("select * from backup_run where deleted_at is null order by started_at desc").query(BackupRuns::set).list();
	}

	Optional<BackupSet> find(String name) {
		return jdbc.sql("select * from backup_run where name = ?").param(name).query(BackupRuns::set).optional();
	}

	Optional<BackupSet> lastGood() {
		return jdbc.sql("""
				select * from backup_run where ok and deleted_at is null and verified_ok is not false
				order by finished_at desc limit 1""").query(BackupRuns::set).optional();
	}

	/** When the install began: its first migration (a backup set restored keeps its own history out of the data). */
	Optional<Instant> installedAt() {
		return jdbc.sql("select min(installed_on) from " + DatabaseCopy.HISTORY).query(Timestamp.class).list().stream()
			.filter(java.util.Objects::nonNull).findFirst().map(Timestamp::toInstant);
	}

	private static BackupSet set(ResultSet row, int number) throws SQLException {
		return new BackupSet(row.getString("name"), instant(row, "started_at"), instant(row, "finished_at"), row.getBoolean("ok"),
				row.getLong("size_bytes"), row.getInt("file_count"), row.getString("manifest_sha256"), row.getString("method"),
				row.getString("error"), instant(row, "verified_at"), (Boolean) row.getObject("verified_ok"),
				row.getString("verify_problem"), row.getTimestamp("deleted_at") != null);
	}

	private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp value = row.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
