package org.govsite.audit.internal;

import org.govsite.platform.PlatformKeys;

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
}
