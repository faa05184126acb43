package org.govsite.interaction;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An opinion on a draft, with what the content check found; the writer's contact is never part of it. */
public record OpinionView(long id, long solicitationId, String writerName, String content, Instant receivedAt,
		Moderation state, @Nullable Adoption adoption, @Nullable String adoptionReason, @Nullable String findings) {
}
