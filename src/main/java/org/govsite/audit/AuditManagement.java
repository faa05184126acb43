package org.govsite.audit;

import org.govsite.audit.internal.AuditRecords;
import org.govsite.audit.internal.ChainVerifier;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the audit trail and checking its chain: for the audit administrator only (三员分立),
 * not even the system administrator. The role is named as a string because the identity module,
 * which owns the roles, itself writes to the audit trail.
 */
@Service
@PreAuthorize("hasRole('AUDIT_ADMIN')")
public class AuditManagement {

	/** The largest page a caller may ask for. */
	public static final int MAX_PAGE_SIZE = 200;

	private final AuditRecords records;

	private final ChainVerifier verifier;

	AuditManagement(AuditRecords records, ChainVerifier verifier) {
		this.records = records;
		this.verifier = verifier;
	}

	/** The records matching the query, newest first. */
	@Transactional(readOnly = true)
	public AuditRecordPage search(AuditQuery query, int page, int size) {
		return records.search(query, Math.max(page, 0), Math.clamp(size, 1, MAX_PAGE_SIZE));
	}

	/**
	 * Checks every record against its hash and its predecessor, and the newest against the chain
	 * head. Not one transaction: the walk reads page by page, so it does not hold a snapshot open
	 * over millions of records.
	 */
	public ChainVerification verify() {
		return verifier.verify();
	}
}
