package org.govsite.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.govsite.audit.AuditEntry;
import org.govsite.audit.AuditOutcome;
import org.govsite.audit.AuditTrail;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the hash chain: under the chain lock, the new record takes the head's seq + 1 and
 * the head's hash as its previous hash, and becomes the head. One short transaction of its own
 * (lock, read head, insert, move head), so that the record stays when the caller's work fails.
 */
@Component
class ChainedAuditTrail implements AuditTrail {

	private final AuditRecords records;

	private final ChainHasher hasher;

	private final Clock clock;

	ChainedAuditTrail(AuditRecords records, ChainHasher hasher, Clock clock) {
		this.records = records;
		this.hasher = hasher;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(AuditEntry entry) {
		// PostgreSQL keeps microseconds: hash exactly what will be read back.
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		String keyCheck = hasher.keyCheck();
		records.lockChain();
		AuditRecords.Head head = records.head();
		if (head.keyCheck() != null && !head.keyCheck().equals(keyCheck)) {
			throw new IllegalStateException("The audit trail was written with another chain key than govsite.audit.chain-key "
					+ "or the key file; appending with this one would break the chain");
		}
		RecordContent content = new RecordContent(head.seq() + 1, now, required(clean(entry.actor(), 100)),
				required(clean(entry.action(), 100)), clean(entry.objectType(), 100), clean(entry.objectId(), 200),
				AuditOutcome.of(entry.succeeded()), clean(entry.sourceAddress(), 100), clean(entry.detail(), 2000),
				head.hash());
		records.append(new ChainedRecord(content, hasher.hash(content)), keyCheck);
	}

	/**
	 * Blank becomes null; overlong text is cut (ids and details may come from request parameters);
	 * NUL, which PostgreSQL text cannot hold, and lone surrogates, which UTF-8 cannot, are replaced
	 * rather than letting the record fail or read back other than it was hashed.
	 */
	static @Nullable String clean(@Nullable String value, int maxLength) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip().replace('\u0000', '\uFFFD');
		if (text.length() > maxLength) {
			int end = maxLength - 1;
			if (Character.isHighSurrogate(text.charAt(end - 1))) {
				end--;
			}
			text = text.substring(0, end) + "…";
		}
		return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
	}

	private static String required(@Nullable String value) {
		return value == null ? "-" : value;
	}
}
