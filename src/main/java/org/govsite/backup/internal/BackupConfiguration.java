package org.govsite.backup.internal;

import java.time.Clock;
import java.util.List;

import org.govsite.audit.AuditEntry;
import org.govsite.audit.AuditTrail;
import org.govsite.backup.BackupSet;
import org.govsite.jobs.RecurringJob;
import org.govsite.notification.NotificationKinds;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The daily backup and the hourly age watch on the jobs facility, and the restore at start. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BackupProperties.class)
class BackupConfiguration {

	@Bean
	RecurringJob dailyBackup(BackupProperties properties, BackupKeeper keeper, AuditTrail audit) {
		return RecurringJob.daily(org.govsite.backup.Backups.DAILY_JOB, "backup.job.daily", properties.dailyAt(), () -> {
			try {
				BackupSet set = keeper.take();
				audit.record(new AuditEntry("system", "backup.take", "backup", set.name(), true, null,
						set.sizeBytes() + " bytes, " + set.fileCount() + " files, manifest " + set.manifestSha256()));
			}
			catch (RuntimeException e) {
				audit.record(new AuditEntry("system", "backup.take", "backup", null, false, null, String.valueOf(e.getMessage())));
				throw e;
			}
		});
	}

	@Bean
	RecurringJob backupWatch(BackupAlert alert, Clock clock) {
		return RecurringJob.every("backup.watch", "backup.job.watch", BackupAlert.WATCH_EVERY, () -> alert.watch(clock.instant()));
	}

	@Bean
	NotificationKinds backupKinds() {
		return () -> List.of(BackupAlert.TOO_OLD);
	}

	@Bean
	RestoreOnStart restoreOnStart(Environment environment, ObjectProvider<AuditTrail> audit) {
		return new RestoreOnStart(environment, audit);
	}

	@Bean
	FlywayMigrationStrategy migrateThenRestore(RestoreOnStart restore) {
		return restore::migrate;
	}
}
