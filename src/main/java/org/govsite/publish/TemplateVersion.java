package org.govsite.publish;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A saved version of a site's template override.
 *
 * @param id the version's id
 * @param name the template, e.g. {@code detail}
 * @param source the template's source; null when this version went back to the default theme
 * @param savedBy who saved it
 * @param savedAt when
 * @param note why, as the saver wrote it
 */
public record TemplateVersion(long id, String name, @Nullable String source, String savedBy, Instant savedAt,
		@Nullable String note) {
}
