package org.govsite.site.internal;

import org.govsite.site.ChangeSubject;
import org.jspecify.annotations.Nullable;

/**
 * One thing that changed on a site or an account, with short summaries of the old and new values.
 */
public record SiteChange(ChangeSubject subject, @Nullable String before, @Nullable String after) {
}
