package org.govsite.audit.internal;

import java.util.List;

import org.govsite.audit.ChainVerification;
import org.govsite.audit.ChainVerification.Problem;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Walks the audit trail in seq order, a keyset page at a time (millions of records never sit in
 * memory at once, and no transaction stays open across the walk), recomputing each record's
 * hash and its link to the one before; then compares the end of the table with the chain head.
 * Appends made during the walk lie past the head read at its start and wait for the next check.
 */
@Component
public class ChainVerifier {

	static final int PAGE_SIZE = 1_000;

	private final AuditRecords records;

	private final ChainHasher hasher;

	ChainVerifier(AuditRecords records, ChainHasher hasher) {
		this.records = records;
		this.hasher = hasher;
	}

	public ChainVerification verify() {
		AuditRecords.Head head = records.head();
		if (head.keyCheck() != null && !head.keyCheck().equals(hasher.keyCheck())) {
			return ChainVerification.broken(0, 1, Problem.KEY_MISMATCH, head.seq());
		}
		long expectedSeq = 1;
		String previousHash = ChainHasher.GENESIS;
		List<ChainedRecord> page;
		do {
			page = records.chainPage(expectedSeq - 1, head.seq(), PAGE_SIZE);
			for (ChainedRecord record : page) {
				Problem problem = check(hasher, record, expectedSeq, previousHash);
				if (problem != null) {
					long firstBad = problem == Problem.MISSING ? expectedSeq : record.seq();
					return ChainVerification.broken(expectedSeq - 1, firstBad, problem, head.seq());
				}
				previousHash = record.hash();
				expectedSeq++;
			}
		}
		while (page.size() == PAGE_SIZE);
		long checked = expectedSeq - 1;
		if (checked < head.seq()) {
			return ChainVerification.broken(checked, expectedSeq, Problem.TRUNCATED, head.seq());
		}
		if (!previousHash.equals(head.hash())) {
			return ChainVerification.broken(checked, head.seq(), Problem.HEAD_MISMATCH, head.seq());
		}
		if (head.recordsBeyond()) {
			return ChainVerification.broken(checked, head.seq() + 1, Problem.BEYOND_HEAD, head.seq());
		}
		return ChainVerification.intact(checked);
	}

	private static @Nullable Problem check(ChainHasher hasher, ChainedRecord record, long expectedSeq, String previousHash) {
		if (record.seq() != expectedSeq) {
			return Problem.MISSING;
		}
		if (!hasher.hash(record.content()).equals(record.hash())) {
			return Problem.ALTERED;
		}
		if (!record.content().previousHash().equals(previousHash)) {
			return Problem.UNLINKED;
		}
		return null;
	}
}
