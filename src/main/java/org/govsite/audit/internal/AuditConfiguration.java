package org.govsite.audit.internal;

import org.govsite.platform.PlatformKeys;
import org.govsite.platform.RestrictedTable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The chain key, loaded once at start so that a missing or malformed key stops the start. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	/** The chain key's name: {@code <data-dir>/keys/audit-chain.key} when generated. */
	static final String CHAIN_KEY = "audit-chain";

	@Bean
	ChainHasher chainHasher(AuditProperties properties, PlatformKeys keys) {
		return new ChainHasher(keys.key(CHAIN_KEY, 32, properties.chainKey()));
	}

	/** The installation's key for signing chain heads: {@code <data-dir>/keys/audit-head-signing.key}. */
	@Bean
	HeadSigner headSigner(PlatformKeys keys) {
		return new HeadSigner(keys.key("audit-head-signing", 32));
	}

	/** Signed heads are kept like the records: added and read, never changed. */
	@Bean
	RestrictedTable auditSignedHeadTable() {
		return RestrictedTable.of("audit_signed_head", "select", "insert");
	}

	/** The application may add records and read them, never change, delete or truncate them. */
	@Bean
	RestrictedTable auditRecordTable() {
		return RestrictedTable.of("audit_record", "select", "insert");
	}

	/** The head only moves forward (its trigger sees to how); it is never added to or deleted. */
	@Bean
	RestrictedTable auditChainHeadTable() {
		return RestrictedTable.of("audit_chain_head", "select", "update");
	}
}
