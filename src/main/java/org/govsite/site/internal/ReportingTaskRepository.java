package org.govsite.site.internal;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface ReportingTaskRepository extends ListCrudRepository<ReportingTask, Long> {

	List<ReportingTask> findBySiteIdOrderByOpenedAtDesc(long siteId);
}
