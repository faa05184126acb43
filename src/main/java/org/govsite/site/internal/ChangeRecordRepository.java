package org.govsite.site.internal;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** The change records, to be reported within their deadline. */
public interface ChangeRecordRepository extends ListCrudRepository<ChangeRecord, Long> {

	List<ChangeRecord> findBySiteIdOrderByChangedAtDescIdDesc(long siteId);
}
