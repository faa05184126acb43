package org.govsite.guard;

import org.jspecify.annotations.Nullable;

/** An entry of the dictionaries, as the console lists it. */
public record GuardEntry(long id, FindingCategory category, FindingLevel level, String pattern, @Nullable String suggestion) {
}
