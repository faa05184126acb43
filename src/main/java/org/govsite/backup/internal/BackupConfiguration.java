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
				String detail = set.sizeBytes() + " bytes, " + set.fileCount() + " files, manifest " + set.manifestSha256();
				audit.record(new AuditEntry("system", "backup.take", "backup", set.name(), true, null, detail));
			}
			catch (RuntimeException e) {
				String detail = BackupKeeper.describe(e);
				audit.record(new AuditEntry("system", "backup.take", "backup", null, false, null, detail));
				throw e;
			}
		});
	}

	@Bean
	RecurringJob backupWatch(BackupAlert alert, Clock clock) {
		Runnable watch = () -> alert.watch(clock.instant());
		return RecurringJob.every("backup.watch", "backup.job.watch", BackupAlert.WATCH_EVERY, watch);
	}

	@Bean
	NotificationKinds backupKinds() {
		return () -> List.of(BackupAlert.Notice.TOO_OLD.kind());
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
