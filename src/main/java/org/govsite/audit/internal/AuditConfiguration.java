package org.govsite.audit.internal;

import org.govsite.platform.GovSiteProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The chain key, loaded once at start so that a missing or malformed key stops the start. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	@Bean
	ChainHasher chainHasher(AuditProperties properties, GovSiteProperties platform) {
		return new ChainHasher(ChainKeys.load(properties.chainKey(), platform.dataPath("keys")));
	}
}
