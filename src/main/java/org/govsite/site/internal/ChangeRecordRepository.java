package org.govsite.site.internal;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface ChangeRecordRepository extends ListCrudRepository<ChangeRecord, Long> {

	List<ChangeRecord> findBySiteIdOrderByChangedAtDesc(long siteId);
}
