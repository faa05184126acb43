package org.govsite.site;

import org.jmolecules.event.annotation.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * A site's life on the platform ended: closed after migration, or left supervision. Its 找错 entry
 * is off from now on.
 *
 * @param siteId the site
 * @param migrationTargetId where its content went, for a close
 * @param leftSupervision whether it left supervision rather than closed
 */
@DomainEvent
public record SiteClosed(long siteId, @Nullable Long migrationTargetId, boolean leftSupervision) {
}
