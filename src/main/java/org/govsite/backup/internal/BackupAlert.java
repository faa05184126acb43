package org.govsite.backup.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.govsite.backup.BackupSet;
import org.govsite.backup.BackupStatus;
import org.govsite.identity.StaffRole;
import org.govsite.notification.NotificationKind;
import org.govsite.notification.Notifications;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Whether the last good backup is too old (or, with none yet, the install older than the
 * threshold), and the message to the system administrators when it becomes so: sent by the hourly watch in the hour the age passes the threshold, so that one
 * crossing makes one message (the console's banner stays while it lasts).
 */
@Component
public class BackupAlert {

	/** The messages this module sends, named {@code backup.<NAME>}. */
	enum Notice {

		TOO_OLD;

		NotificationKind kind() {
			return new NotificationKind("backup." + name(), "backup.notificationKind." + name());
		}
	}

	static final Duration WATCH_EVERY = Duration.ofHours(1);

	private final BackupRuns runs;

	private final BackupProperties properties;

	private final Notifications notifications;

	private final MessageSource messages;

	BackupAlert(BackupRuns runs, BackupProperties properties, Notifications notifications, MessageSource messages) {
		this.runs = runs;
		this.properties = properties;
		this.notifications = notifications;
		this.messages = messages;
	}

	public BackupStatus status(Instant now) {
		@Nullable BackupSet last = runs.lastGood().orElse(null);
		return new BackupStatus(last, properties.alertAfter(), tooOld(dueSince(last), now));
	}

	/**
	 * The watch's work: tells the system administrators once when the last good backup passes the
	 * threshold, or, with none ever, when the install itself does.
	 */
	void watch(Instant now) {
		@Nullable BackupSet last = runs.lastGood().orElse(null);
		@Nullable Instant since = dueSince(last);
		if (since == null || !justCrossed(since, now, properties.alertAfter())) {
			return;
		}
		long hours = properties.alertAfter().toHours();
		String subject = last == null
				? messages.getMessage("backup.alert.none", new Object[] { hours }, Locale.SIMPLIFIED_CHINESE)
				: messages.getMessage("backup.alert.subject", new Object[] { hours, last.name() }, Locale.SIMPLIFIED_CHINESE);
		notifications.notify(List.of(StaffRole.SYSTEM_ADMIN.authority()), Notice.TOO_OLD.kind(), subject, "/admin/backups");
	}

	/** Since when a good backup is owed: the end of the last good one, or the install's first migration. */
	private @Nullable Instant dueSince(@Nullable BackupSet last) {
		return last != null ? last.finishedAt() : runs.installedAt().orElse(null);
	}

	boolean tooOld(@Nullable Instant dueSince, Instant now) {
		return dueSince == null || Duration.between(dueSince, now).compareTo(properties.alertAfter()) > 0;
	}

	static boolean justCrossed(Instant lastGood, Instant now, Duration alertAfter) {
		Duration age = Duration.between(lastGood, now);
		return age.compareTo(alertAfter) > 0 && age.compareTo(alertAfter.plus(WATCH_EVERY)) <= 0;
	}
}
