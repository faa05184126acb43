package org.govsite.audit.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Refuses to start with another chain key than the one the trail was written with (a second
 * node with its own generated key file, a lost key): every audit record it wrote would break
 * the chain, and 等保 asks that no change goes unrecorded.
 */
@Component
class ChainKeyCheck implements ApplicationRunner {

	private final AuditRecords records;

	private final ChainHasher hasher;

	ChainKeyCheck(AuditRecords records, ChainHasher hasher) {
		this.records = records;
		this.hasher = hasher;
	}

	@Override
	public void run(ApplicationArguments args) {
		String written = records.head().keyCheck();
		if (written != null && !written.equals(hasher.keyCheck())) {
			throw new IllegalStateException("The audit trail in this database was written with another chain key. Set "
					+ "govsite.audit.chain-key (or restore <data-dir>/keys/" + AuditConfiguration.CHAIN_KEY + ".key"
					+ ") to the key it was written with.");
		}
	}
}
