package org.govsite.site.internal;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** The to-dos for the national reporting system. */
public interface ReportingTaskRepository extends ListCrudRepository<ReportingTask, Long> {

	List<ReportingTask> findBySiteIdOrderByOpenedAtDescIdDesc(long siteId);
}
