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
 * Whether the last good backup is too old, and the message to the system administrators when it
 * becomes so: sent by the hourly watch in the hour the age passes the threshold, so that one
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
		return new BackupStatus(last, properties.alertAfter(), tooOld(last == null ? null : last.finishedAt(), now));
	}

	/** The watch's work: tells the system administrators once when the last good backup passes the threshold. */
	void watch(Instant now) {
		@Nullable BackupSet last = runs.lastGood().orElse(null);
		if (last == null || last.finishedAt() == null || !justCrossed(last.finishedAt(), now, properties.alertAfter())) {
			return;
		}
		String subject = messages.getMessage("backup.alert.subject",
				new Object[] { properties.alertAfter().toHours(), last.name() }, Locale.SIMPLIFIED_CHINESE);
		notifications.notify(List.of(StaffRole.SYSTEM_ADMIN.authority()), Notice.TOO_OLD.kind(), subject, "/admin/backups");
	}

	boolean tooOld(@Nullable Instant lastGood, Instant now) {
		return lastGood == null || Duration.between(lastGood, now).compareTo(properties.alertAfter()) > 0;
	}

	static boolean justCrossed(Instant lastGood, Instant now, Duration alertAfter) {
		Duration age = Duration.between(lastGood, now);
		return age.compareTo(alertAfter) > 0 && age.compareTo(alertAfter.plus(WATCH_EVERY)) <= 0;
	}
}
