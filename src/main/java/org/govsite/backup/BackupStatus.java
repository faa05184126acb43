package org.govsite.backup;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Where the backups stand: the last good set, and whether it is older than the alert threshold
 * (or, with none yet, the install is).
 */
public record BackupStatus(@Nullable BackupSet lastGood, Duration alertAfter, boolean tooOld) {
}
