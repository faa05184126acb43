package org.govsite.backup.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Backups (documented in application.yaml and README, Configuration).
 *
 * @param dir where backup sets are kept; empty: {@code <data-dir>/backups}
 * @param dailyAt when the daily backup runs, in the platform's zone
 * @param keepDays how many days' backups are kept (the newest set of each day)
 * @param alertAfter how old the last good backup may be before the system administrators are told
 * @param databaseMethod {@code copy} (PostgreSQL COPY through JDBC; works for the embedded database)
 *        or {@code pg-dump} (the server's own pg_dump and pg_restore, which must be as new as the server)
 * @param pgDump the pg_dump program
 * @param pgRestore the pg_restore program
 * @param restoreFrom a backup set's folder: the start restores it into this fresh install
 */
@ConfigurationProperties("govsite.backup")
record BackupProperties(@Nullable Path dir, @DefaultValue("02:30") LocalTime dailyAt, @DefaultValue("7") int keepDays,
		@DefaultValue("26h") Duration alertAfter, @DefaultValue("copy") String databaseMethod,
		@DefaultValue("pg_dump") String pgDump, @DefaultValue("pg_restore") String pgRestore, @Nullable Path restoreFrom) {

	static final String RESTORE_FROM = "govsite.backup.restore-from";

	/** The folders under the data directory that a backup set holds, beside the database. */
	static final List<String> FILE_ROOTS = List.of("uploads", "publish", "keys", "audit-heads");

	BackupProperties {
		if (keepDays < 1) {
			throw new IllegalArgumentException("govsite.backup.keep-days must be at least 1");
		}
		if (!databaseMethod.equals("copy") && !databaseMethod.equals("pg-dump")) {
			throw new IllegalArgumentException("govsite.backup.database-method is copy or pg-dump, not " + databaseMethod);
		}
	}
}
