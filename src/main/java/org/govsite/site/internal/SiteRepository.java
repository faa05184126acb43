package org.govsite.site.internal;

import org.springframework.data.repository.ListCrudRepository;

/** The sites of the group, each with its history. */
public interface SiteRepository extends ListCrudRepository<Site, Long> {
}
