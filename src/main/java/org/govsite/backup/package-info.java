/**
 * Backups (SPEC §12: data backed up regularly, owned by the system administrator): a scheduled
 * backup set of the database and of the uploaded and published files with a manifest of SHA-256
 * checksums, retention, verification, an alert when the last good backup is too old, and the
 * restore that brings a fresh install to a backup's state.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "platform", "jobs", "audit", "notification", "identity" })
package org.govsite.backup;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
