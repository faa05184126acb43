package org.govsite.identity;

import org.jspecify.annotations.Nullable;

/** What the security administrator enters to open a staff account. */
public record NewAccount(String username, String displayName, @Nullable String unit, @Nullable String email) {
}
