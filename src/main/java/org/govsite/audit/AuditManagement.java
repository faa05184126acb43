package org.govsite.audit;

import java.util.List;

import org.govsite.audit.internal.AuditRecords;
import org.govsite.audit.internal.ChainVerifier;
import org.govsite.audit.internal.SignedHeads;

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

	private final SignedHeads heads;

	AuditManagement(AuditRecords records, ChainVerifier verifier, SignedHeads heads) {
		this.records = records;
		this.verifier = verifier;
		this.heads = heads;
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

	/** Signs the chain head as it is now; the administrator downloads it to keep outside the server. */
	public SignedHead signHead() {
		return heads.sign();
	}

	/** The newest signed heads first. */
	@Transactional(readOnly = true)
	public List<SignedHead> signedHeads(int limit) {
		return heads.newest(Math.clamp(limit, 1, MAX_PAGE_SIZE));
	}

	/** Every signed head, one line each, as the file the administrator keeps. */
	@Transactional(readOnly = true)
	public String exportedHeads() {
		return heads.exportText();
	}

	/**
	 * Checks heads the administrator kept against the stored trail: a trail changed and its chain
	 * recomputed with the chain key still verifies on its own, but no longer matches a head signed before.
	 */
	public HeadVerification verifyAgainst(List<String> headLines) {
		return heads.check(headLines);
	}

	/** The installation's head signing key: its id and its public key (SM2, hex). */
	public HeadSigningKey headKey() {
		return new HeadSigningKey(heads.keyId(), heads.publicKey());
	}
}
