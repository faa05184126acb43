package org.govsite.audit;

import java.util.List;

/**
 * One page of audit records, newest first. The trail grows to millions of records, so a page
 * says only whether another follows instead of counting them all.
 *
 * @param records the records of the page
 * @param page the page's number, from 0
 * @param size the page size asked for
 * @param hasNext whether older records follow
 */
public record AuditRecordPage(List<AuditRecord> records, int page, int size, boolean hasNext) {

	public AuditRecordPage {
		records = List.copyOf(records);
	}

	public boolean hasPrevious() {
		return page > 0;
	}
}
