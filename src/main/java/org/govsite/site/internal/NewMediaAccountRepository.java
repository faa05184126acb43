package org.govsite.site.internal;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface NewMediaAccountRepository extends ListCrudRepository<NewMediaAccount, Long> {

	List<NewMediaAccount> findBySiteIdOrderByName(long siteId);
}
