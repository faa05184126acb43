package org.govsite.audit;

/** Appends records to the audit trail. */
public interface AuditTrail {

	/** Appends the entry in a transaction of its own, so that it stays even if the caller's work fails. */
	void record(AuditEntry entry);
}
