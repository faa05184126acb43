package org.govsite.site.internal;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** The change records, to be reported within their deadline. */
public interface ChangeRecordRepository extends ListCrudRepository<ChangeRecord, Long> {

	List<ChangeRecord> findBySiteIdOrderByChangedAtDescIdDesc(long siteId);

	/** The records not yet reported whose deadline falls on or after the day. */
	@org.springframework.data.jdbc.repository.query.Query("""
			select * from site_change_record where reported_at is null and report_by >= :from order by id""")
	List<ChangeRecord> findOpenDueFrom(java.time.LocalDate from);
}
