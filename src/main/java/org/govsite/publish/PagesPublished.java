package org.govsite.publish;

import java.util.Set;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A publish job finished: the site's files are on disk and in its manifest (for search indexing,
 * syncing publish targets, tamper checks).
 *
 * @param siteId the site
 * @param full whether the whole site was published
 * @param documentIds for an incremental publish, the documents whose change it published
 */
@DomainEvent
public record PagesPublished(long siteId, boolean full, Set<Long> documentIds) {
}
