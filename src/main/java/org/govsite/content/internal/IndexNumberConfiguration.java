package org.govsite.content.internal;

import org.govsite.content.IndexNumberGenerator;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The default 索引号 format, unless the deployment declares its own generator. */
@Configuration(proxyBeanMethods = false)
class IndexNumberConfiguration {

	@Bean
	@ConditionalOnMissingBean(IndexNumberGenerator.class)
	IndexNumberGenerator indexNumberGenerator() {
		return new DefaultIndexNumberGenerator();
	}
}
