package org.govsite.site.internal;

import org.springframework.data.repository.ListCrudRepository;

public interface SiteRepository extends ListCrudRepository<Site, Long> {
}
