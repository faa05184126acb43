package org.govsite.backup.internal;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** pg_dump and pg_restore get fixed argument lists, and the password only through the environment. */
class PgDumpTests {

	private final PgDump tools = new PgDump("/usr/lib/postgresql/18/bin/pg_dump", "/usr/lib/postgresql/18/bin/pg_restore",
			"jdbc:postgresql://db.internal:5433/govsite?sslmode=require", "govsite_owner", "s3cret; rm -rf /");

	@Test
	void theDumpIsDataOnlyInTheCustomFormatWithoutTheMigrationHistory() {
		assertThat(tools.dumpCommand(Path.of("/backups/set/db/database.dump"))).containsExactly(
				"/usr/lib/postgresql/18/bin/pg_dump", "--format=custom", "--data-only", "--no-owner", "--no-privileges",
				"--exclude-table=flyway_schema_history", "--file=/backups/set/db/database.dump", "--host=db.internal",
				"--port=5433", "--username=govsite_owner", "--dbname=govsite", "--no-password");
	}

	@Test
	void theRestoreIsOneTransactionThatStopsAtTheFirstError() {
		assertThat(tools.restoreCommand(Path.of("/backups/set/db/database.dump"))).containsExactly(
				"/usr/lib/postgresql/18/bin/pg_restore", "--data-only", "--single-transaction", "--no-owner", "--no-privileges",
				"--exit-on-error", "--host=db.internal", "--port=5433", "--username=govsite_owner", "--dbname=govsite",
				"--no-password", "/backups/set/db/database.dump");
	}

	@Test
	void thePasswordIsInTheEnvironmentAndNeverAnArgument() {
		assertThat(tools.environment()).isEqualTo(Map.of("PGPASSWORD", "s3cret; rm -rf /"));
		assertThat(tools.dumpCommand(Path.of("x"))).noneMatch(argument -> argument.contains("s3cret"));
		assertThat(new PgDump("pg_dump", "pg_restore", "jdbc:postgresql://localhost/govsite", "app", null).environment()).isEmpty();
	}
}
