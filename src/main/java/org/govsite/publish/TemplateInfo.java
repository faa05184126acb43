package org.govsite.publish;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A template of a site's theme: whether the site overrides it, and its last change.
 *
 * @param name the template, e.g. {@code detail}
 * @param overridden whether the site has its own version in force
 * @param savedBy who last saved a version, if anyone
 * @param savedAt when
 */
public record TemplateInfo(String name, boolean overridden, @Nullable String savedBy, @Nullable Instant savedAt) {
}
