package org.govsite.channel.web;

import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;

/**
 * Where to move a channel.
 *
 * @param parentId the new parent in the same site; absent for the first level
 * @param position the 1-based place among the new siblings; absent or beyond the end for last
 */
record MoveRequest(@Nullable Long parentId, @Min(1) @Nullable Integer position) {
}
