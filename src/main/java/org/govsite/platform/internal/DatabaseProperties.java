package org.govsite.platform.internal;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The database roles on an external PostgreSQL (the embedded one sets up its own).
 *
 * @param ownerUser the role that owns the tables and runs the migrations; the application itself
 *        connects as {@code spring.datasource.username}, which then gets only the rights it needs.
 *        Unset, the application's role runs the migrations and owns the tables (logged as a warning).
 * @param ownerPassword that role's password
 */
@ConfigurationProperties("govsite.database")
record DatabaseProperties(@Nullable String ownerUser, @Nullable String ownerPassword) {
}
