package org.govsite.search;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Where the index stands.
 *
 * @param ready whether queries are answered
 * @param rebuilding whether a rebuild runs now
 * @param done entries rebuilt so far
 * @param total entries to rebuild, when known
 * @param entries entries in the index
 * @param entriesBySite entries per site id
 * @param lastIndexedAt when an entry was last added or removed
 */
public record IndexStatus(boolean ready, boolean rebuilding, long done, long total, long entries,
		Map<Long, Long> entriesBySite, @Nullable Instant lastIndexedAt) {
}
