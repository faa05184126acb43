package org.govsite.migration;

import org.jspecify.annotations.Nullable;

/** One page of a migration as its progress and report list it. */
public record PageLine(String url, String state, @Nullable PageKind kind, @Nullable Integer httpStatus,
		@Nullable String charset, @Nullable String title, @Nullable String error, @Nullable String newUrl) {
}
