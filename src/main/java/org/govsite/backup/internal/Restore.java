package org.govsite.backup.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;

import javax.sql.DataSource;

/**
 * Brings a fresh install to a backup set's state: checks the set against its manifest first (a
 * damaged or changed set is refused before anything is written), then the files into an empty
 * data directory, and the database after Flyway migrated it to the set's schema.
 */
final class Restore {

	private Restore() {
	}

	/** Refuses a set without its manifest or whose files differ from it. */
	static void checkIntact(Path set) {
		if (!Files.isRegularFile(set.resolve(Manifest.FILE)) || !Files.isRegularFile(set.resolve(SetInfo.FILE))) {
			throw new BackupRefused("backup.refused.incomplete", set.toString());
		}
		List<String> problems = Manifest.read(set).problems(set);
		if (!problems.isEmpty()) {
			throw new BackupRefused("backup.refused.damaged", String.join("；", problems.stream().limit(5).toList()));
		}
	}

	static void files(Path set, Path dataDir) {
		checkIntact(set);
		FileSets.checkEmpty(dataDir);
		FileSets.restore(set, dataDir);
	}

	/** On the owner's data source, after the migrations ran. */
	static void database(Path set, DataSource owner, PgDump pgDump) {
		checkIntact(set);
		SetInfo info = SetInfo.read(set);
		try (Connection connection = owner.getConnection()) {
			if (!DatabaseCopy.fresh(connection)) {
				throw new BackupRefused("backup.refused.notFresh");
			}
			List<String> here = DatabaseCopy.schemaVersions(connection);
			if (!new HashSet<>(here).equals(new HashSet<>(info.schema()))) {
				throw new BackupRefused("backup.refused.schema", info.latestMigration(),
						new SetInfo(info.takenAt(), info.method(), here).latestMigration());
			}
			if (info.method().equals("pg-dump")) {
				withPgRestore(set, connection, pgDump);
			}
			else {
				DatabaseCopy.restore(connection, set);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("The restore of " + set + " failed; the database is as it was", e);
		}
	}

	/**
	 * pg_restore runs in a session of its own: the tables are emptied and their own triggers
	 * switched off first, and switched on again whatever pg_restore did.
	 */
	private static void withPgRestore(Path set, Connection connection, PgDump pgDump) throws SQLException {
		pgDump.checked(pgDump.pgRestore(), connection);
		List<String> tables = DatabaseCopy.tablesOf(connection);
		connection.setAutoCommit(true);
		try (Statement statement = connection.createStatement()) {
			for (String table : tables) {
				statement.execute("alter table \"" + table + "\" disable trigger user");
			}
			statement.execute("truncate table " + String.join(", ", tables.stream().map(t -> "\"" + t + "\"").toList()));
			try {
				pgDump.run(pgDump.restoreCommand(set.resolve(PgDump.FILE)), Files.createTempFile("govsite-pg-restore", ".log"));
			}
			catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
			finally {
				for (String table : tables) {
					statement.execute("alter table \"" + table + "\" enable trigger user");
				}
			}
		}
	}
}
