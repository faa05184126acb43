package org.govsite.site.internal;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** The 政务新媒体 accounts, each with its history. */
public interface NewMediaAccountRepository extends ListCrudRepository<NewMediaAccount, Long> {

	List<NewMediaAccount> findBySiteIdOrderByNameAscIdAsc(long siteId);
}
