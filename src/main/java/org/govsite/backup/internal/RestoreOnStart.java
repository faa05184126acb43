package org.govsite.backup.internal;

import java.nio.file.Path;
import java.util.Locale;

import org.flywaydb.core.Flyway;
import org.govsite.audit.AuditEntry;
import org.govsite.audit.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;

/**
 * The database half of {@code --govsite.backup.restore-from}: right after Flyway migrated the
 * fresh install (before any other work touches the database), the set's data replaces what the
 * migrations wrote, on the owner's connection. The files half ran before the application started
 * ({@link RestoreFilesFirst}); the restore is written to the audit trail once the application is up.
 */
class RestoreOnStart {

	private static final Logger log = LoggerFactory.getLogger(RestoreOnStart.class);

	private final Environment environment;

	private final ObjectProvider<AuditTrail> audit;

	private @Nullable Path restored;

	RestoreOnStart(Environment environment, ObjectProvider<AuditTrail> audit) {
		this.environment = environment;
		this.audit = audit;
	}

	void migrate(Flyway flyway) {
		flyway.migrate();
		String from = environment.getProperty(BackupProperties.RESTORE_FROM);
		if (from == null || from.isBlank()) {
			return;
		}
		Path set = Path.of(from).toAbsolutePath().normalize();
		try {
			Restore.database(set, flyway.getConfiguration().getDataSource(), PgDump.of(environment, true));
		}
		catch (BackupRefused refused) {
			throw new IllegalStateException(RestoreText.of(refused), refused);
		}
		restored = set;
		log.info("The database was restored from the backup set {}", set);
	}

	@EventListener(ApplicationReadyEvent.class)
	void recordRestore() {
		if (restored != null) {
			audit.getObject().record(new AuditEntry("system", "backup.restore", "backup", restored.getFileName().toString(), true,
					null, restored.toString()));
			log.info(RestoreText.text("backup.restored", Locale.SIMPLIFIED_CHINESE, restored.toString()));
		}
	}
}
